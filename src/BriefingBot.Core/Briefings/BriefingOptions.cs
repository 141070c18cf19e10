using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Briefings;

/// <summary>What a briefing holds and when scheduled briefings go out. Section "Briefings".</summary>
public sealed class BriefingOptions : IValidatableObject
{
    public const string SectionName = "Briefings";

    /// <summary>The window a briefing covers when none is given ("the last 24 hours").</summary>
    public TimeSpan DefaultWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Stories in one briefing, most important first.</summary>
    [Range(1, 30)]
    public int MaxStories { get; set; } = 8;

    /// <summary>Summary sentences per story.</summary>
    [Range(1, 3)]
    public int SummarySentences { get; set; } = 2;

    /// <summary>
    /// How late a scheduled briefing may still go out after downtime; a briefing missed by more is skipped
    /// (and logged) rather than posted hours late.
    /// </summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often the scheduler looks for due subscriptions.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Whether this instance runs the scheduler (every instance may; the database keeps posts to one).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>Attempts per message on 429 and 5xx before a delivery is given up for the day.</summary>
    [Range(1, 10)]
    public int MaxSendAttempts { get; set; } = 4;

    /// <summary>The longest Retry-After the sender honours; a longer one ends the attempt.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Slack allows about one message per second per channel.</summary>
    public TimeSpan SlackMessageInterval { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DefaultWindow <= TimeSpan.Zero || DefaultWindow > TimeSpan.FromDays(31))
        {
            yield return new ValidationResult("Briefings:DefaultWindow must be between 00:00:01 and 31.00:00:00.", [nameof(DefaultWindow)]);
        }

        if (GraceWindow < TimeSpan.Zero || GraceWindow >= TimeSpan.FromHours(24))
        {
            yield return new ValidationResult("Briefings:GraceWindow must be at least 0 and under 24 hours.", [nameof(GraceWindow)]);
        }

        if (CheckInterval < TimeSpan.FromSeconds(1) || CheckInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("Briefings:CheckInterval must be between 00:00:01 and 01:00:00.", [nameof(CheckInterval)]);
        }

        if (MaxRetryAfter < TimeSpan.Zero || SlackMessageInterval < TimeSpan.Zero)
        {
            yield return new ValidationResult("Briefings:MaxRetryAfter and Briefings:SlackMessageInterval cannot be negative.", [nameof(MaxRetryAfter)]);
        }
    }
}
