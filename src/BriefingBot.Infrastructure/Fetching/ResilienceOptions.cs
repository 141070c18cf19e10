using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Retries and the circuit breaker around every fetch. Bound from "Fetching:Resilience". Retries happen
/// inside one fetch's time budget (Fetching:Timeout); a longer Retry-After is left to the poll schedule.
/// </summary>
public sealed class ResilienceOptions
{
    public const string SectionName = "Fetching:Resilience";

    /// <summary>Retries of a transient failure (connection error, 408, 429, 5xx) within one fetch.</summary>
    [Range(0, 5, ErrorMessage = "Fetching:Resilience:Retries must be between 0 and 5.")]
    public int Retries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones double it, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Fetching:Resilience:RetryDelay must be between 1 ms and 1 minute.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After up to this long is waited out within the fetch; a longer one ends the fetch and sets the next poll.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Fetching:Resilience:MaxRetryAfter must be between 0 and 5 minutes.")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Failures within the sampling window (at least this many requests) that open a host's circuit.</summary>
    [Range(2, 1000, ErrorMessage = "Fetching:Resilience:BreakAfterRequests must be between 2 and 1000.")]
    public int BreakAfterRequests { get; set; } = 6;

    /// <summary>The share of failed requests to one host, within the window, that opens its circuit.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Fetching:Resilience:BreakFailureRatio must be between 0.01 and 1.")]
    public double BreakFailureRatio { get; set; } = 0.8;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Fetching:Resilience:SamplingWindow must be between 1 second and 1 day.")]
    public TimeSpan SamplingWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long an open circuit refuses requests to the host before letting one through to test it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Fetching:Resilience:BreakDuration must be between 1 second and 1 day.")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(5);
}
