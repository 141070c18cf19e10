using BriefingBot.Core.Geography;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// What a briefing is about: a region (its members and terms) or one country. An article belongs to it when
/// it was tagged with the region, with a member country, or (for an admin's own region, whose terms the
/// tagger did not know at ingest time) names one of its terms.
/// </summary>
public sealed record BriefingArea(string Name, string? RegionKey, IReadOnlySet<string> Countries, IReadOnlyList<string> Terms)
{
    public static BriefingArea ForRegion(Region region) => new(region.Name, region.Key, region.Countries, region.Kind == RegionKind.Custom ? region.Terms : []);

    public static BriefingArea ForCountry(Country country) =>
        new(country.Name, null, new HashSet<string>(StringComparer.OrdinalIgnoreCase) { country.Code }, []);

    /// <summary>How strongly the article is about this area; 0 when it is not.</summary>
    public double Relevance(BriefingArticle article)
    {
        var score = article.Places.Regions.Where(r => r.Key == RegionKey).Sum(r => r.Score)
            + article.Places.Countries.Where(c => Countries.Contains(c.Key)).Sum(c => c.Score);
        if (score == 0 && Terms.Count > 0)
        {
            var text = NameKey.Normalize(article.Article.Title + " " + article.Article.Body);
            score = Terms.Count(t => ContainsPhrase(text, NameKey.Normalize(t))) * RegionTagger.Threshold;
        }

        return score;
    }

    private static bool ContainsPhrase(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
