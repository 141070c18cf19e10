namespace BriefingBot.Infrastructure.Sources;

/// <summary>What one poll changes on its source: validators for next time, health, and when to poll again.</summary>
/// <param name="Kind">Null when the poll did not learn it (a failure, a 304).</param>
/// <param name="Success">Null when the poll failed (last_success keeps its old value).</param>
/// <param name="Error">Null when the poll succeeded (clears the last error).</param>
public sealed record PollRecord(
    SourceKind? Kind,
    string? Title,
    string? ETag,
    DateTimeOffset? LastModified,
    DateTimeOffset PolledAt,
    DateTimeOffset? Success,
    string? Error,
    DateTimeOffset NextPoll,
    int ConsecutiveFailures,
    bool Backfilled);
