using System.Text.Json;
using BriefingBot.Core.Briefings;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Briefings;

/// <summary>
/// Scheduled briefings posted proactively to the fake Bot Connector on loopback: retries that wait what
/// Retry-After says, 403 making a subscription inactive, and long Slack briefings split and paced.
/// </summary>
public sealed class ProactiveDeliveryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero); // 07:00 in Baku
    private readonly RecordingTimeProvider _time = new(Start);
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        // Room for more stories than one Slack message holds.
        _host = await BriefingHost.StartAsync(_time, more: new Dictionary<string, string?> { ["Briefings:MaxStories"] = "15" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task SubscribeAsync(string channelId = "emulator")
    {
        var reply = await _host.AskAsync(_connector, "subscribe this channel to South Caucasus at 08:00 Asia/Baku", channelId);
        Assert.Equal("conversation-1", reply.ConversationId);
        _time.SetUtcNow(Start.AddHours(1));
    }

    private IReadOnlyList<ConnectorCall> Posts() => _connector.All.Where(c => c.Type == "message" && c.ReplyToId is null).ToList();

    [Fact]
    public async Task A_429_is_retried_after_exactly_the_wait_retry_after_asks_for()
    {
        await SubscribeAsync();
        _connector.FailNext(429, retryAfter: "7");

        var run = _host.RunSchedulerAsync();
        Assert.Equal(TimeSpan.FromSeconds(7), await _time.NextWaitAsync());
        _time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(1, await run);
        Assert.Equal(2, Posts().Count); // the refused attempt and the accepted one, nothing more
        Assert.Equal(Posts()[0].Activity.GetProperty("text").GetString(), Posts()[1].Activity.GetProperty("text").GetString());
        Assert.Contains(_host.Logs.Lines, line => line.Contains("Briefing post failed (429 TooManyRequests); attempt 1 in 00:00:07", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff_and_the_day_counts_as_sent()
    {
        await SubscribeAsync();
        _connector.FailNext(503);

        var run = _host.RunSchedulerAsync();
        var wait = await _time.NextWaitAsync();
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(5)); // jittered exponential backoff from 1 s
        _time.Advance(wait);

        Assert.Equal(1, await run);
        var store = _host.Services.GetRequiredService<ISubscriptionStore>();
        var subscription = (await store.ListAsync("emulator", "conversation-1")).Single();
        Assert.Equal(DeliveryStatus.Sent, await store.DeliveryAsync(subscription.Id, new DateOnly(2026, 11, 28)));
    }

    [Fact]
    public async Task A_403_makes_the_subscription_inactive_and_is_not_retried()
    {
        await SubscribeAsync();
        _connector.FailAlways(403);

        Assert.Equal(0, await _host.RunSchedulerAsync());
        Assert.Single(Posts());

        var store = _host.Services.GetRequiredService<ISubscriptionStore>();
        var subscription = (await store.ListAsync("emulator", "conversation-1")).Single();
        Assert.False(subscription.Active);
        Assert.Contains("403", subscription.InactiveReason);
        Assert.Equal(DeliveryStatus.Gone, await store.DeliveryAsync(subscription.Id, new DateOnly(2026, 11, 28)));

        _time.SetUtcNow(Start.AddDays(1).AddHours(1)); // the next morning: nothing is attempted
        Assert.Equal(0, await _host.RunSchedulerAsync());
        Assert.Single(Posts());
    }

    [Fact]
    public async Task A_long_slack_briefing_is_split_within_block_limits_and_paced_one_message_a_second()
    {
        // Sixteen different stories (different headlines, different leads), so none cluster together.
        string[] headlines =
        [
            "Wheat harvest beats forecasts in Kakheti", "Copper exports climb at Batumi port", "Tourist arrivals set a record in Georgia",
            "Tbilisi banks cut mortgage rates", "Georgian winemakers open a new cellar route", "Fibre broadband reaches Svaneti villages",
            "Georgia reforms its school exams", "Two Kutaisi bridges close for repairs", "Georgian airports add winter flights",
            "Enguri hydropower plant resumes output", "Tea growers in Guria revive old estates", "Tbilisi hosts a chess olympiad qualifier",
            "Poti port dredging is finished", "Georgian parliament debates pension rules", "Borjomi forests get a new ranger service",
            "Georgian films win festival prizes",
        ];
        foreach (var (headline, i) in headlines.Select((h, i) => (h, i)))
        {
            await _host.IngestAsync(
                headline,
                $"{headline}, according to figures released on day {i + 1} by officials in Georgia.\n\n"
                + $"\"This is story {i} and it matters,\" said Official{(char)('A' + i)} Speaker{i}.",
                Start.AddHours(-1 - i),
                source: $"Source {i}");
        }

        await SubscribeAsync("slack");
        var run = _host.RunSchedulerAsync();
        var first = await _connector.NextMessageAsync();
        while (first.ReplyToId is not null)
        {
            first = await _connector.NextMessageAsync();
        }

        // 15 stories of four blocks each do not fit Slack's 50 blocks: a second message follows, a second later.
        Assert.Equal(TimeSpan.FromSeconds(1), await _time.NextWaitAsync());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await run);

        var posts = Posts();
        Assert.True(posts.Count >= 2, $"{posts.Count} message(s)");
        foreach (var post in posts)
        {
            var blocks = post.Activity.GetProperty("channelData").GetProperty("blocks");
            Assert.InRange(blocks.GetArrayLength(), 1, 50);
            Assert.All(blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "section"),
                b => Assert.True(b.GetProperty("text").GetProperty("text").GetString()!.Length <= 3000));
        }

        var text = string.Join('\n', posts.Select(p => p.Text));
        Assert.Equal(15, headlines.Count(h => text.Contains(h, StringComparison.Ordinal)));
        Assert.Contains("(2/", posts[1].Text);
    }
}
