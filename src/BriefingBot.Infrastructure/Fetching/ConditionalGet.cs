namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Validators from the previous successful fetch of a source. Sent back as If-None-Match / If-Modified-Since
/// so an unchanged feed costs a 304 instead of a full download.
/// </summary>
public sealed record ConditionalGet(string? ETag, DateTimeOffset? LastModified)
{
    public static ConditionalGet None { get; } = new(null, null);
}
