using BriefingBot.Infrastructure.Fetching;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>A source as stored: what an admin added, and its health as the poller last left it.</summary>
/// <param name="Backfilled">False until the first successful poll, whose items are stored quietly (not announced as new).</param>
public sealed record Source(
    long Id,
    string Url,
    SourceKind Kind,
    string? Title,
    string? Region,
    TimeSpan Interval,
    bool Paused,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset? LastPolled,
    DateTimeOffset? LastSuccess,
    string? LastError,
    DateTimeOffset NextPoll,
    int ConsecutiveFailures,
    bool Backfilled,
    string AddedBy,
    DateTimeOffset AddedAt)
{
    public Uri Uri => new(Url);

    public ConditionalGet Validators => new(ETag, LastModified);

    /// <summary>The name articles from this source carry: the feed's title once known, else the host.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Title) ? Uri.Host : Title;
}
