using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

public class BriefingScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo Baku = TimeZoneInfo.FindSystemTimeZoneById("Asia/Baku");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Eight_in_the_morning_follows_the_clock_change_in_utc()
    {
        Assert.Equal(Utc(3, 28, 8), BriefingSchedule.DueAt(new DateOnly(2026, 3, 28), new TimeOnly(8, 0), London));
        Assert.Equal(Utc(3, 30, 7), BriefingSchedule.DueAt(new DateOnly(2026, 3, 30), new TimeOnly(8, 0), London));
        Assert.Equal(Utc(11, 28, 4), BriefingSchedule.DueAt(new DateOnly(2026, 11, 28), new TimeOnly(8, 0), Baku));
    }

    [Fact]
    public void A_time_the_clocks_skip_moves_to_just_after_the_jump()
    {
        // 29 March 2026: London goes from 01:00 GMT straight to 02:00 BST; 01:30 does not exist.
        Assert.Equal(Utc(3, 29, 1), BriefingSchedule.DueAt(new DateOnly(2026, 3, 29), new TimeOnly(1, 30), London));
    }

    [Fact]
    public void A_time_that_happens_twice_is_due_the_first_time()
    {
        // 25 October 2026: 01:30 happens at 00:30 UTC (BST) and again at 01:30 UTC (GMT).
        Assert.Equal(Utc(10, 25, 0, 30), BriefingSchedule.DueAt(new DateOnly(2026, 10, 25), new TimeOnly(1, 30), London));
    }

    [Fact]
    public void Due_days_are_yesterday_and_today_once_their_time_has_come_and_say_whether_within_grace()
    {
        var created = Utc(11, 1, 0);
        var grace = TimeSpan.FromHours(2);

        Assert.Equal([new DateOnly(2026, 11, 27)], BriefingSchedule.DueDays(Utc(11, 28, 3, 59), created, new TimeOnly(8, 0), Baku, grace).Select(d => d.LocalDate));
        var due = BriefingSchedule.DueDays(Utc(11, 28, 4, 30), created, new TimeOnly(8, 0), Baku, grace);
        Assert.Equal([false, true], due.Select(d => d.WithinGrace));
        Assert.False(BriefingSchedule.DueDays(Utc(11, 28, 6, 1), created, new TimeOnly(8, 0), Baku, grace)[^1].WithinGrace);
    }

    [Fact]
    public void A_briefing_due_just_before_local_midnight_is_still_found_after_it()
    {
        var due = BriefingSchedule.DueDays(Utc(11, 28, 20, 30), Utc(11, 1, 0), new TimeOnly(23, 45), Baku, TimeSpan.FromHours(2));

        var yesterday = Assert.Single(due);
        Assert.Equal(new DateOnly(2026, 11, 28), yesterday.LocalDate); // 00:30 on the 29th in Baku
        Assert.True(yesterday.WithinGrace);
    }

    [Fact]
    public void Days_before_the_subscription_existed_are_never_due()
    {
        var due = BriefingSchedule.DueDays(Utc(11, 28, 9), Utc(11, 28, 8, 30), new TimeOnly(8, 0), Baku, TimeSpan.FromHours(2));

        Assert.Empty(due);
    }
}
