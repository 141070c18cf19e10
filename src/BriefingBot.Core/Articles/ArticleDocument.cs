namespace BriefingBot.Core.Articles;

/// <summary>
/// An article as extracted from a file, a page or a feed, before understanding:
/// metadata plus the full body text (paragraphs separated by blank lines).
/// </summary>
/// <param name="DefaultRegion">The region of the source it came from, when the source has one; the article is filed there too.</param>
public sealed record ArticleDocument(
    string Title,
    string Body,
    string? Author = null,
    DateTimeOffset? PublishedAt = null,
    string? SourceName = null,
    string? Url = null,
    string? DefaultRegion = null);
