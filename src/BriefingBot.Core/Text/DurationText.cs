using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Text;

/// <summary>
/// Durations as people type them in chat and on the command line: "90s", "15m", "24h", "1h30m", "3d", "1w";
/// and back. One reader for poll intervals and briefing windows, so both accept the same words.
/// </summary>
public static partial class DurationText
{
    // A bound per part keeps the sum far from TimeSpan's overflow whatever is typed.
    private const long MaxPerPart = 100_000;

    public const string Examples = "15m, 1h, 1h30m, 3d or 1w";

    /// <returns>False for empty text, unknown units, zero, or an amount beyond 100,000 of a unit.</returns>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var compact = (text ?? string.Empty).Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        var match = Pattern().Match(compact);
        if (compact.Length == 0 || !match.Success)
        {
            return false;
        }

        foreach (Capture part in match.Groups["part"].Captures)
        {
            if (!long.TryParse(part.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount > MaxPerPart)
            {
                duration = TimeSpan.Zero;
                return false;
            }

            duration += part.Value[^1] switch
            {
                's' => TimeSpan.FromSeconds(amount),
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7 * amount),
            };
        }

        return duration > TimeSpan.Zero;
    }

    /// <summary>"1d2h", "15m", "1h30m"; what <see cref="TryParse"/> reads back to the same duration (whole seconds).</summary>
    public static string Format(TimeSpan duration)
    {
        var builder = new StringBuilder();
        if (duration.Days > 0)
        {
            builder.Append(duration.Days).Append('d');
        }

        if (duration.Hours > 0)
        {
            builder.Append(duration.Hours).Append('h');
        }

        if (duration.Minutes > 0)
        {
            builder.Append(duration.Minutes).Append('m');
        }

        if (duration.Seconds > 0 || builder.Length == 0)
        {
            builder.Append(duration.Seconds).Append('s');
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<part>\d+[smhdw])+$")]
    private static partial Regex Pattern();
}
