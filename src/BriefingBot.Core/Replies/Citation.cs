namespace BriefingBot.Core.Replies;

/// <summary>Where an answer came from: the article's title, source, date and link.</summary>
public sealed record Citation(string Title, string? SourceName, DateTimeOffset? PublishedAt, string? Url);
