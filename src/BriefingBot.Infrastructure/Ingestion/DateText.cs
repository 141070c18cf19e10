using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Finds publication dates as pages write them: "December 5, 2017", "Dec. 5, 2017 10:30",
/// "5 December 2017", "2017-12-05T10:30:00+04:00". Dates without a zone are taken as UTC.
/// Month names come from the invariant culture, so they are English, as our sources are.
/// </summary>
internal static class DateText
{
    private static readonly string Months = BuildMonthAlternation();

    private const string Time = @"(?:,?\s+(?:at\s+)?(?<hour>\d{1,2}):(?<minute>\d{2})(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?))?)?";

    private static readonly Regex[] Patterns =
    [
        new($@"\b(?<month>{Months})\.?\s+(?<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<year>\d{{4}}){Time}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new($@"\b(?<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<month>{Months})\.?,?\s+(?<year>\d{{4}}){Time}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\b(?<iso>(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d:])", RegexOptions.CultureInvariant),
    ];

    /// <summary>The earliest date in <paramref name="text"/>.</summary>
    public static bool TryFind(string text, out DateTimeOffset date, out Range where)
    {
        date = default;
        where = default;
        var bestIndex = int.MaxValue;
        foreach (var pattern in Patterns)
        {
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                if (match.Index < bestIndex && TryBuild(match, out var found))
                {
                    bestIndex = match.Index;
                    date = found;
                    where = new Range(match.Index, match.Index + match.Length);
                    break;
                }
            }
        }

        return bestIndex != int.MaxValue;
    }

    /// <summary>A date given on its own, as in meta tags and front matter: ISO first, then the page formats.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        return TryFind(trimmed, out var date, out _) ? date : null;
    }

    private static bool TryBuild(Match match, out DateTimeOffset date)
    {
        date = default;
        if (match.Groups["iso"].Success)
        {
            return DateTimeOffset.TryParse(match.Groups["iso"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = MonthNumber(match.Groups["month"].Value);
        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success && hour is >= 1 and <= 12)
        {
            var pm = char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p';
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        if (month == 0 || year < 1800 || year > 2200 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return false;
        }

        date = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
        return true;
    }

    private static int MonthNumber(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : 0;
        }

        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (text.Equals(names.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || text.Equals(names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return text.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    private static string BuildMonthAlternation()
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        // Full names first, so "December" is not matched as "Dec" + "ember".
        var all = names.MonthNames.Where(n => n.Length > 0)
            .Append("Sept")
            .Concat(names.AbbreviatedMonthNames.Where(n => n.Length > 0));
        return string.Join('|', all.Select(Regex.Escape));
    }
}
