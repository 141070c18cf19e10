using BriefingBot.Core.Text;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>Poll intervals as admins type them ("15m", "1h30m", "2d"), held to the configured range.</summary>
public static class PollInterval
{
    /// <exception cref="SourceException">Not an interval, or outside the allowed range.</exception>
    public static TimeSpan Parse(string text, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!DurationText.TryParse(text, out var interval))
        {
            throw new SourceException($"'{text}' is not an interval; write it like {DurationText.Examples}.");
        }

        if (interval < options.MinInterval || interval > options.MaxInterval)
        {
            throw new SourceException($"The interval {Format(interval)} is outside the allowed range {Format(options.MinInterval)} to {Format(options.MaxInterval)} (Sources:MinInterval, Sources:MaxInterval).");
        }

        return interval;
    }

    public static string Format(TimeSpan interval) => DurationText.Format(interval);
}
