namespace BriefingBot.Infrastructure.Sources;

/// <summary>One source an article came through, with that source's default region and the item's language.</summary>
/// <param name="Quiet">Stored by a first-poll backfill: nothing should announce it as new.</param>
public sealed record ArticleOrigin(long SourceId, string? Region, string? Language, bool Quiet, DateTimeOffset FirstSeen);
