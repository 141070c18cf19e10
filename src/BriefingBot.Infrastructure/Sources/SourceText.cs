using System.Globalization;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>Sources and polls as plain-text lines, the same in chat, the CLI and logs.</summary>
public static class SourceText
{
    /// <summary>"#3 https://… (feed "Harbour News", region South Caucasus, every 15m)".</summary>
    public static string Summary(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parts = new List<string> { source.Kind == SourceKind.Unknown ? "not polled yet" : source.Kind.ToString().ToLowerInvariant() };
        if (!string.IsNullOrWhiteSpace(source.Title))
        {
            parts[0] += $" \"{source.Title}\"";
        }

        if (source.Region is not null)
        {
            parts.Add($"region {source.Region}");
        }

        parts.Add($"every {PollInterval.Format(source.Interval)}");
        if (source.Paused)
        {
            parts.Add("PAUSED");
        }

        return $"#{source.Id} {source.Url} ({string.Join(", ", parts)})";
    }

    /// <summary>"last success …; last error: …; next poll …".</summary>
    public static string Health(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var success = source.LastSuccess is { } s ? Time(s) : "never";
        var error = source.LastError is { } e ? $"last error: {e}" : "no error";
        var next = source.Paused ? "paused" : Time(source.NextPoll);
        var failures = source.ConsecutiveFailures > 0 ? $" ({source.ConsecutiveFailures} failure(s) in a row)" : string.Empty;
        return $"last success {success}; {error}{failures}; next poll {next}";
    }

    /// <summary>"#3 https://…: fetched, 2 stored (quiet first backfill), 1 already stored, 0 failed".</summary>
    public static string Poll(PollReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var head = $"#{report.SourceId} {report.Url}: ";
        return report.Outcome switch
        {
            PollOutcome.NotModified => head + "not modified (304)",
            PollOutcome.Failed => head + "failed: " + report.Error,
            PollOutcome.Refused => head + "refused: " + report.Error,
            _ => head + $"fetched, {report.Stored} stored{(report.Quiet ? " (quiet first backfill)" : string.Empty)}, "
                + $"{report.Items.Count(i => i.Outcome == ItemOutcome.AlreadyStored)} already stored, {report.Items.Count(i => i.Outcome == ItemOutcome.Failed)} failed",
        };
    }

    public static string Item(PolledItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Outcome switch
        {
            ItemOutcome.Stored => $"stored #{item.ArticleId}  {item.Title}",
            ItemOutcome.AlreadyStored => $"already stored #{item.ArticleId}  {item.Title}",
            _ => $"failed  {item.Title ?? item.Key}: {item.Error}",
        };
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
