namespace BriefingBot.Core.Articles;

/// <summary>
/// An article as extracted from a file, a page or a feed, before understanding:
/// metadata plus the full body text (paragraphs separated by blank lines).
/// </summary>
public sealed record ArticleDocument(
    string Title,
    string Body,
    string? Author = null,
    DateTimeOffset? PublishedAt = null,
    string? SourceName = null,
    string? Url = null);
