using BriefingBot.Core.Archive;
using BriefingBot.Core.Understanding.Summaries;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Picks and orders a briefing's stories: the articles about the area in the window, clustered into
/// stories, ranked by how many sources carry the story, how recent it is and how prominent the area and
/// its speakers are in it. Pure: the archive read happens before.
/// </summary>
public static class BriefingComposer
{
    // A second source counts as much as the whole recency range: coverage is the strongest sign of importance.
    private const double SourceWeight = 1.0;
    private const double RecencyWeight = 1.0;
    private const double ProminenceWeight = 1.0;

    public static Briefing Compose(
        BriefingArea area, IReadOnlyList<BriefingArticle> candidates, DateTimeOffset from, DateTimeOffset until, BriefingOptions options)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(options);

        var relevant = candidates
            .Select(a => (Article: a, Relevance: area.Relevance(a)))
            .Where(x => x.Relevance > 0 && x.Article.Time >= from && x.Article.Time < until)
            .OrderByDescending(x => x.Article.Time).ThenBy(x => x.Article.Article.Id)
            .ToList();
        var relevance = relevant.ToDictionary(x => x.Article.Article.Id, x => x.Relevance);

        var stories = StoryClusterer.Cluster(relevant.Select(x => x.Article).ToList())
            .Select(cluster => ToStory(cluster, relevance, from, until, options))
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Articles[0].PublishedAt ?? s.Articles[0].IngestedAt)
            .Take(options.MaxStories)
            .ToList();
        return new Briefing(area.Name, from, until, stories);
    }

    private static Story ToStory(
        IReadOnlyList<BriefingArticle> cluster, Dictionary<long, double> relevance, DateTimeOffset from, DateTimeOffset until, BriefingOptions options)
    {
        // The lead is the article most about the area, then the one with the most quotes, then the earliest.
        var lead = cluster
            .OrderByDescending(a => relevance[a.Article.Id])
            .ThenByDescending(a => a.KeyQuotes.Count)
            .ThenBy(a => a.Time)
            .First();
        var articles = new[] { lead }.Concat(cluster.Where(a => a != lead)).ToList();

        var keyQuote = cluster.SelectMany(a => a.KeyQuotes)
            .Where(q => !string.IsNullOrWhiteSpace(q.SpeakerName))
            .OrderByDescending(q => q.Importance).ThenBy(q => q.Id)
            .FirstOrDefault();

        var sources = cluster.Select(a => a.Article.SourceName ?? a.Article.Url ?? a.Article.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var span = (until - from).TotalSeconds;
        var newest = cluster.Max(a => a.Time);
        var recency = span <= 0 ? 0 : Math.Clamp((newest - from).TotalSeconds / span, 0, 1);
        var prominence = Math.Min(1.0, cluster.Max(a => relevance[a.Article.Id]) / 10.0)
            + (keyQuote is null ? 0 : 0.3 * Math.Min(1.0, keyQuote.Importance));
        var score = SourceWeight * sources + RecencyWeight * recency + ProminenceWeight * prominence;

        return new Story(
            lead.Article.Title,
            Summary(lead.Article, options.SummarySentences),
            keyQuote,
            articles.Select(a => a.Article).ToList(),
            Math.Round(score, 3));
    }

    // The stored summary already is the summarizer's pick for the article; the summarizer narrows it to the
    // briefing's length, so briefings follow whatever the summarizer learns.
    private static IReadOnlyList<string> Summary(StoredArticle article, int sentences)
    {
        var summary = article.Summary;
        var picked = Summarizer.Select(summary, sentences, article.Title);
        return picked.Select(i => summary[i]).ToList();
    }
}
