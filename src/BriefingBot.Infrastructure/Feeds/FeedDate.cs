using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Feed timestamps: RFC 822 / 1123 as RSS writes them ("Sat, 7 Sep 2002 09:42:31 EST", "+0400", two-digit
/// years, full day and month names), RFC 3339 / ISO 8601 as Atom and JSON Feed write them, and the looser
/// forms the page reader already knows. A date that cannot be read is null: one bad field must not cost the item.
/// </summary>
internal static partial class FeedDate
{
    // RFC 822 section 5 names, plus zones feeds use in the wild. Military single letters are unreliable
    // (RFC 1123 section 5.2.14 says to treat them as +0000), so they are.
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10,
        ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["MEZ"] = 1, ["MESZ"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3,
        ["JST"] = 9, ["KST"] = 9, ["AEST"] = 10, ["AEDT"] = 11,
    };

    // The longest real form ("Wednesday, 27 September 2023 10:30:00.1234567 +05:30") is far shorter.
    private const int MaxLength = 80;

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return null;
        }

        var trimmed = text.Trim();
        var match = Rfc822().Match(trimmed);
        if (match.Success)
        {
            return FromRfc822(match);
        }

        if (DateTimeOffset.TryParseExact(trimmed, ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
        {
            return iso;
        }

        try
        {
            return DateText.Parse(trimmed);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Out-of-range pieces ("9999-12-31T23:59:59-14:00") are unreadable, not fatal.
            return null;
        }
    }

    private static DateTimeOffset? FromRfc822(Match match)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = MonthNumber(match.Groups["month"].Value);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Value.Length == 2)
        {
            // RFC 2822 section 4.3: 00-49 are 2000s, 50-99 are 1900s.
            year += year < 50 ? 2000 : 1900;
        }

        var hour = match.Groups["hour"].Success ? int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = Offset(match.Groups["zone"].Value);
        if (month == 0 || offset is null || year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return null;
        }

        // A leap second is read as the last second of its minute: DateTimeOffset has no 60th.
        var local = new DateTime(year, month, day, hour, minute, Math.Min(second, 59), DateTimeKind.Unspecified);
        try
        {
            return new DateTimeOffset(local, offset.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0)
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone[1..].Replace(":", string.Empty, StringComparison.Ordinal);
            var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits[2..], CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }

        if (ZoneHours.TryGetValue(zone, out var named))
        {
            return TimeSpan.FromHours(named);
        }

        // Military letters and unknown abbreviations: the day is still right within hours, which is what news needs.
        return TimeSpan.Zero;
    }

    private static int MonthNumber(string text)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (text.Equals(names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase)
                || text.Equals(names.MonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return text.Equals("Sept", StringComparison.OrdinalIgnoreCase) ? 9 : 0;
    }

    [GeneratedRegex(
        @"^(?:[A-Za-z]+\.?,?\s*)?(?<day>\d{1,2})[\s-]+(?<month>[A-Za-z]{3,9})\.?[\s-]+(?<year>\d{4}|\d{2})"
        + @"(?:\s+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2}))?(?:\.\d+)?)?"
        + @"\s*(?<zone>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();
}
