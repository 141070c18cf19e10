using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>How sources are polled. Bound from the "Sources" configuration section.</summary>
public sealed class SourceOptions
{
    public const string SectionName = "Sources";

    /// <summary>The service polls sources in the background. The CLI's "poll --once" works either way.</summary>
    public bool PollingEnabled { get; set; } = true;

    /// <summary>Used when an admin adds a source without saying how often to poll it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Sources:DefaultInterval must be between 1 second and 7 days.")]
    public TimeSpan DefaultInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The shortest interval an admin may set: polling faster only burdens the publisher.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Sources:MinInterval must be between 1 second and 7 days.")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00", ErrorMessage = "Sources:MaxInterval must be between 1 second and 30 days.")]
    public TimeSpan MaxInterval { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Sources fetched at the same time. Each poll runs on its own, so a slow source holds one slot, never the others.</summary>
    [Range(1, 64, ErrorMessage = "Sources:MaxConcurrentPolls must be between 1 and 64.")]
    public int MaxConcurrentPolls { get; set; } = 4;

    /// <summary>New items taken from one poll of one feed; the rest wait for the next poll, so a giant feed cannot monopolise ingestion.</summary>
    [Range(1, 10_000, ErrorMessage = "Sources:MaxItemsPerPoll must be between 1 and 10000.")]
    public int MaxItemsPerPoll { get; set; } = 100;

    /// <summary>A failing source is retried later and later (doubling from its interval), but at least this often.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Sources:MaxBackoff must be between 1 second and 7 days.")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the poller looks for sources added by another process (the CLI) when nothing is due sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Sources:IdleCheck must be between 1 second and 1 hour.")]
    public TimeSpan IdleCheck { get; set; } = TimeSpan.FromMinutes(1);
}
