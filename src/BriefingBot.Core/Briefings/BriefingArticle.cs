using BriefingBot.Core.Archive;
using BriefingBot.Core.Geography;

namespace BriefingBot.Core.Briefings;

/// <summary>An article as a briefing needs it: the article, where it is, and its most important quotes.</summary>
/// <param name="DuplicateOf">The article it is a near-copy of, when ingestion linked it to one (wire copies across sources).</param>
public sealed record BriefingArticle(StoredArticle Article, ArticleGeography Places, IReadOnlyList<StoredQuote> KeyQuotes, long? DuplicateOf = null)
{
    /// <summary>When it was published, or stored when the source gave no date.</summary>
    public DateTimeOffset Time => Article.PublishedAt ?? Article.IngestedAt;
}
