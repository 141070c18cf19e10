using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Admin;

/// <summary>A source as the admin API shows it: what was added and its health. Validators (ETag) stay internal.</summary>
public sealed record SourceView(
    long Id, string Url, string Kind, string? Title, string? Region, string Interval, bool Paused,
    DateTimeOffset? LastSuccess, string? LastError, DateTimeOffset NextPoll, int ConsecutiveFailures, string AddedBy, DateTimeOffset AddedAt)
{
    public static SourceView From(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(source.Id, source.Url, source.Kind.ToString().ToLowerInvariant(), source.Title, source.Region, PollInterval.Format(source.Interval),
            source.Paused, source.LastSuccess, source.LastError, source.NextPoll, source.ConsecutiveFailures, source.AddedBy, source.AddedAt);
    }
}
