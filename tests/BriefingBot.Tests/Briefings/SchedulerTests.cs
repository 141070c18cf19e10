using BriefingBot.Core.Briefings;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Briefings;

/// <summary>
/// The daily scheduler in the real service, on a fake clock: posts at the local time, once per local day,
/// across restarts and two instances on one database, late within the grace window and never beyond it.
/// </summary>
public sealed class SchedulerTests : IAsyncLifetime
{
    // 07:00 in Baku (UTC+4), an hour before the 08:00 briefing.
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly TempFolder _data = new();
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _data.Dispose();
    }

    private Task<BotHost> StartHostAsync(FakeTimeProvider? time = null) => BriefingHost.StartAsync(time ?? _time, _data.Path);

    private async Task SubscribeAsync(BotHost host, string text = "subscribe this channel to South Caucasus at 08:00 Asia/Baku")
    {
        Assert.Contains("Subscribed", (await host.AskAsync(_connector, text)).Text);
    }

    private static async Task<DeliveryStatus?> StatusAsync(BotHost host, DateOnly day)
    {
        var store = host.Services.GetRequiredService<ISubscriptionStore>();
        var subscription = (await store.ListAsync("emulator", "conversation-1")).Single();
        return await store.DeliveryAsync(subscription.Id, day);
    }

    private int Posts() => _connector.All.Count(c => c.Type == "message" && c.ReplyToId is null);

    [Fact]
    public async Task The_briefing_goes_out_at_the_local_time_once_per_day()
    {
        await using var host = await StartHostAsync();
        await host.IngestRailTalksAsync(Start.AddHours(-2));
        await SubscribeAsync(host);
        var before = Posts();

        _time.SetUtcNow(Start.AddMinutes(59)); // 07:59 in Baku
        Assert.Equal(0, await host.RunSchedulerAsync());

        _time.SetUtcNow(Start.AddHours(1)); // 08:00 in Baku
        Assert.Equal(1, await host.RunSchedulerAsync());
        var post = await _connector.NextMessageAsync();
        while (post.ReplyToId is not null)
        {
            post = await _connector.NextMessageAsync(); // skip the chat replies
        }

        Assert.Equal("conversation-1", post.ConversationId);
        Assert.Contains("**Briefing: South Caucasus**", post.Text);
        Assert.Contains("Georgia and Armenia agree to study a faster rail link", post.Text);

        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await host.RunSchedulerAsync());
        Assert.Equal(before + 1, Posts());

        _time.SetUtcNow(Start.AddDays(1).AddHours(1)); // the next morning: nothing new, said briefly
        Assert.Equal(1, await host.RunSchedulerAsync());
        Assert.Equal(before + 2, Posts());
        Assert.Contains(_connector.All, c => c.ReplyToId is null && (c.Text ?? string.Empty).Contains("No new stories about South Caucasus in the last 24 hours.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_mid_day_does_not_post_again()
    {
        await using (var first = await StartHostAsync())
        {
            await SubscribeAsync(first);
            _time.SetUtcNow(Start.AddHours(1));
            Assert.Equal(1, await first.RunSchedulerAsync());
        }

        await using var second = await StartHostAsync();
        _time.SetUtcNow(Start.AddHours(1.5));
        Assert.Equal(0, await second.RunSchedulerAsync());
        Assert.Equal(1, Posts());
        Assert.Equal(DeliveryStatus.Sent, await StatusAsync(second, new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public async Task Two_instances_on_one_database_post_once()
    {
        await using var a = await StartHostAsync();
        await using var b = await StartHostAsync();
        await SubscribeAsync(a);
        _time.SetUtcNow(Start.AddHours(1));

        var posted = await Task.WhenAll(a.RunSchedulerAsync(), b.RunSchedulerAsync(), a.RunSchedulerAsync(), b.RunSchedulerAsync());

        Assert.Equal(1, posted.Sum());
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task After_downtime_a_briefing_within_the_grace_window_goes_out_late()
    {
        await using var host = await StartHostAsync();
        await SubscribeAsync(host);

        _time.SetUtcNow(Start.AddHours(2.5)); // 1.5 hours late; the default grace window is 2 hours
        Assert.Equal(1, await host.RunSchedulerAsync());
        Assert.Equal(1, Posts());
    }

    [Fact]
    public async Task After_downtime_beyond_the_grace_window_the_day_is_skipped_and_logged()
    {
        await using var host = await StartHostAsync();
        await SubscribeAsync(host);

        _time.SetUtcNow(Start.AddHours(3.5)); // 2.5 hours late
        Assert.Equal(0, await host.RunSchedulerAsync());
        Assert.Equal(0, await host.RunSchedulerAsync());

        Assert.Equal(0, Posts());
        Assert.Equal(DeliveryStatus.Skipped, await StatusAsync(host, new DateOnly(2026, 11, 28)));
        Assert.Single(host.Logs.Lines, line => line.Contains("Skipped the South Caucasus briefing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Daylight_saving_moves_the_utc_time_of_a_london_briefing()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero));
        await using var host = await StartHostAsync(time);
        await SubscribeAsync(host, "subscribe this channel to the Balkans at 08:00 Europe/London");

        time.SetUtcNow(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero)); // Saturday, GMT: 08:00 UTC
        Assert.Equal(1, await host.RunSchedulerAsync());

        time.SetUtcNow(new DateTimeOffset(2026, 3, 29, 6, 59, 0, TimeSpan.Zero)); // Sunday, clocks went forward at 01:00 UTC
        Assert.Equal(0, await host.RunSchedulerAsync());
        time.SetUtcNow(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero)); // 08:00 BST
        Assert.Equal(1, await host.RunSchedulerAsync());
        time.SetUtcNow(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await host.RunSchedulerAsync());
        Assert.Equal(2, Posts());
    }

    [Fact]
    public async Task The_hosted_loop_posts_when_the_clock_reaches_the_time()
    {
        await using var host = await BriefingHost.StartAsync(_time, _data.Path, schedulerLoop: true);
        await SubscribeAsync(host);
        var reply = _connector.All.Count;

        // The loop waits Briefings:CheckInterval (1 minute) on the fake clock between passes.
        _time.SetUtcNow(Start.AddHours(1).AddSeconds(-30));
        _time.Advance(TimeSpan.FromMinutes(1));
        var post = await _connector.NextMessageAsync();
        while (post.ReplyToId is not null)
        {
            post = await _connector.NextMessageAsync();
        }

        Assert.Contains("South Caucasus", post.Text);
        Assert.True(_connector.All.Count > reply);
    }
}
