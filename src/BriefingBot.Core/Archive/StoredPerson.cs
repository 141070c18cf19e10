namespace BriefingBot.Core.Archive;

/// <summary>A person as named in one article of the archive.</summary>
public sealed record StoredPerson(string FullName, string? Title, string? Role, long ArticleId);
