namespace BriefingBot.Core.Briefings;

/// <summary>
/// When a subscription's briefing is due, in UTC, for a local day: the local time in the subscription's
/// zone, with daylight saving handled the way a person expects. A time that does not exist that day (the
/// clocks jump over it) moves to the first minute after the jump; a time that happens twice (the clocks go
/// back) is the first occurrence.
/// </summary>
public static class BriefingSchedule
{
    /// <summary>One day's briefing of one subscription and whether it should go out now.</summary>
    public sealed record Due(DateOnly LocalDate, DateTimeOffset DueAt, bool WithinGrace);

    public static DateTimeOffset DueAt(DateOnly localDate, TimeOnly localTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = localDate.ToDateTime(localTime, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++)
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// The days whose briefing time has come by <paramref name="now"/> and not before
    /// <paramref name="notBefore"/> (the subscription's creation): yesterday's and today's in the zone, so a
    /// briefing due just before local midnight is still found after it. Each says whether it is within the grace
    /// window (post it) or beyond (skip it).
    /// </summary>
    public static IReadOnlyList<Due> DueDays(DateTimeOffset now, DateTimeOffset notBefore, TimeOnly localTime, TimeZoneInfo zone, TimeSpan grace)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var due = new List<Due>(2);
        foreach (var day in new[] { today.AddDays(-1), today })
        {
            var at = DueAt(day, localTime, zone);
            if (at <= now && at >= notBefore)
            {
                due.Add(new Due(day, at, now - at <= grace));
            }
        }

        return due;
    }
}
