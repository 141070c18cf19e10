namespace BriefingBot.Core.Archive;

/// <summary>An article as the archive keeps it: metadata, full text and its summary.</summary>
public sealed record StoredArticle(
    long Id,
    string Title,
    string Body,
    string? Author,
    DateTimeOffset? PublishedAt,
    string? SourceName,
    string? Url,
    IReadOnlyList<string> Summary,
    DateTimeOffset IngestedAt);
