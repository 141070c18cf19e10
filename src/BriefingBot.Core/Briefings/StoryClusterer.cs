using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Groups articles that report the same story, so a briefing tells it once with all its sources. Two
/// articles are one story when their headlines share most content words, or their leads share word
/// triples (wire copies and light rewrites), measured as Jaccard similarity; or, for an outlet's own
/// rewrite under a new headline, when headlines still overlap somewhat and the same person is quoted; and
/// always when ingestion linked one as a near-copy of the other.
/// </summary>
public static class StoryClusterer
{
    /// <summary>Similarity at which two articles are one story. Rewrites of one headline score ~0.5; stories that share only a country, ~0.1.</summary>
    public const double SameStory = 0.35;

    /// <summary>Headline overlap that, with a speaker quoted in both, makes one story ("Georgia and Armenia resume rail talks" / "Armenia and Georgia restart rail talks").</summary>
    public const double SameStoryWithSharedSpeaker = 0.2;

    private const int LeadWords = 80;

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "its", "it", "their", "after", "over", "new", "says", "said", "amid", "into", "up",
    };

    /// <summary>Clusters in the order of their first article; articles keep their order inside a cluster.</summary>
    public static IReadOnlyList<IReadOnlyList<BriefingArticle>> Cluster(IReadOnlyList<BriefingArticle> articles)
    {
        var titles = articles.Select(a => TitleWords(a.Article.Title)).ToArray();
        var leads = articles.Select(a => LeadShingles(a.Article.Body)).ToArray();
        var speakers = articles.Select(a => a.KeyQuotes.Select(q => NameKey.Normalize(q.SpeakerName)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal)).ToArray();
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        for (var i = 0; i < articles.Count; i++)
        {
            for (var j = i + 1; j < articles.Count; j++)
            {
                var headline = Jaccard(titles[i], titles[j]);
                if (LinkedCopies(articles[i], articles[j])
                    || Math.Max(headline, Jaccard(leads[i], leads[j])) >= SameStory
                    || (headline >= SameStoryWithSharedSpeaker && speakers[i].Overlaps(speakers[j])))
                {
                    parent[Find(parent, j)] = Find(parent, i);
                }
            }
        }

        return Enumerable.Range(0, articles.Count)
            .GroupBy(i => Find(parent, i))
            .OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<BriefingArticle>)g.Select(i => articles[i]).ToList())
            .ToList();
    }

    // Ingestion already linked near-copies (SimHash); those are one story whatever their headlines.
    private static bool LinkedCopies(BriefingArticle a, BriefingArticle b) =>
        a.DuplicateOf == b.Article.Id || b.DuplicateOf == a.Article.Id || (a.DuplicateOf is { } x && x == b.DuplicateOf);

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    internal static HashSet<string> TitleWords(string title) =>
        NameKey.Tokens(title).Where(w => !Filler.Contains(w)).ToHashSet(StringComparer.Ordinal);

    internal static HashSet<string> LeadShingles(string body)
    {
        var words = NameKey.Tokens(body.Length > 2000 ? body[..2000] : body).Take(LeadWords).ToArray();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Length; i++)
        {
            shingles.Add(string.Join(' ', words[i], words[i + 1], words[i + 2]));
        }

        return shingles;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
