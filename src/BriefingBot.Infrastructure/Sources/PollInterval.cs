using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>Intervals as admins type them: "15m", "1h", "1h30m", "90s", "2d"; and back.</summary>
public static partial class PollInterval
{
    /// <exception cref="SourceException">Not an interval, or outside the allowed range.</exception>
    public static TimeSpan Parse(string text, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var trimmed = (text ?? string.Empty).Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Pattern().Match(trimmed);
        if (trimmed.Length == 0 || !match.Success)
        {
            throw new SourceException($"'{text}' is not an interval; write it like 15m, 1h, 1h30m or 1d.");
        }

        var total = TimeSpan.Zero;
        foreach (Capture capture in match.Groups["part"].Captures)
        {
            var unit = capture.Value[^1];
            if (!long.TryParse(capture.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > 100_000)
            {
                throw new SourceException($"'{text}' is not an interval; write it like 15m, 1h, 1h30m or 1d.");
            }

            total += unit switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
        }

        if (total < options.MinInterval || total > options.MaxInterval)
        {
            throw new SourceException($"The interval {Format(total)} is outside the allowed range {Format(options.MinInterval)} to {Format(options.MaxInterval)} (Sources:MinInterval, Sources:MaxInterval).");
        }

        return total;
    }

    public static string Format(TimeSpan interval)
    {
        var builder = new StringBuilder();
        if (interval.Days > 0)
        {
            builder.Append(interval.Days).Append('d');
        }

        if (interval.Hours > 0)
        {
            builder.Append(interval.Hours).Append('h');
        }

        if (interval.Minutes > 0)
        {
            builder.Append(interval.Minutes).Append('m');
        }

        if (interval.Seconds > 0 || builder.Length == 0)
        {
            builder.Append(interval.Seconds).Append('s');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<part>\d+[smhd])+$")]
    private static partial Regex Pattern();
}
