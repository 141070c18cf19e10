using BriefingBot.Infrastructure.Sources;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Infrastructure.Tests.Sources;

/// <summary>Sources that fail or attack: each failure is recorded on its source, nothing stored is lost, the others go on.</summary>
public sealed class FailureTests : IAsyncLifetime
{
    private SourceHarness _h = null!;

    public async Task InitializeAsync() => _h = await SourceHarness.StartAsync(new Dictionary<string, string?>
    {
        ["Fetching:MaxResponseBytes"] = "1048576",
        ["Fetching:MaxDecompressedBytes"] = "2097152",
    });

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task A_failing_source_records_its_error_and_backs_off_while_a_good_one_is_stored()
    {
        _h.Server.Status("/down.xml", 500);
        _h.Server.Feed("/up.xml", Rss(Item("Juniper")));
        var down = await _h.AddAsync("/down.xml", host: "broken.test", interval: TimeSpan.FromMinutes(10));
        var up = await _h.AddAsync("/up.xml");

        var reports = await _h.PollAsync();

        Assert.Equal(PollOutcome.Failed, reports[down.Id].Outcome);
        Assert.Equal(1, reports[up.Id].Stored);
        var health = (await _h.Sources.GetAsync(down.Id))!;
        Assert.Contains("HTTP 500", health.LastError);
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Null(health.LastSuccess);
        Assert.InRange(health.NextPoll - _h.Clock.GetUtcNow(), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(11));

        _h.Clock.Advance(TimeSpan.FromMinutes(11));
        await _h.PollAsync();
        var twice = (await _h.Sources.GetAsync(down.Id))!;
        Assert.Equal(2, twice.ConsecutiveFailures);
        Assert.InRange(twice.NextPoll - _h.Clock.GetUtcNow(), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(22));
    }

    [Fact]
    public async Task A_long_Retry_After_sets_the_next_poll()
    {
        _h.Server.Status("/busy.xml", 503, retryAfter: "7200");
        var source = await _h.AddAsync("/busy.xml", interval: TimeSpan.FromMinutes(5));

        await _h.PollAsync();

        var health = (await _h.Sources.GetAsync(source.Id))!;
        Assert.Equal(_h.Clock.GetUtcNow() + TimeSpan.FromHours(2), health.NextPoll);
        Assert.Contains("HTTP 503", health.LastError);
    }

    [Fact]
    public async Task A_feed_that_turns_malformed_is_a_clear_error_and_keeps_what_was_stored()
    {
        _h.Server.Feed("/feed.xml", Rss(Item("Kestrel Bay")));
        var source = await _h.AddAsync("/feed.xml", interval: TimeSpan.FromMinutes(1));
        await _h.PollAsync();
        _h.Server.Feed("/feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken</title><item><title>unclosed</channel></rss>");
        _h.Clock.Advance(TimeSpan.FromMinutes(1));

        var report = (await _h.PollAsync())[source.Id];

        Assert.Equal(PollOutcome.Failed, report.Outcome);
        Assert.Contains("line", report.Error, StringComparison.OrdinalIgnoreCase);
        var health = (await _h.Sources.GetAsync(source.Id))!;
        Assert.Equal(report.Error, health.LastError);
        Assert.NotNull(health.LastSuccess);
        Assert.Equal(1, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task A_slow_drip_does_not_delay_a_good_source_and_ends_as_a_timeout()
    {
        _h.Server.Drip("/drip.xml");
        _h.Server.Feed("/feed.xml", Rss(Item("Larchmont")));
        var slow = await _h.AddAsync("/drip.xml", host: "slow.test");
        var good = await _h.AddAsync("/feed.xml");

        var polls = await _h.Scheduler.StartDueAsync(CancellationToken.None);
        var first = await await Task.WhenAny(polls);

        Assert.Equal(good.Id, first.SourceId);
        Assert.Equal(1, first.Stored);
        var slowReport = (await Task.WhenAll(polls)).Single(r => r.SourceId == slow.Id);
        Assert.Equal(PollOutcome.Failed, slowReport.Outcome);
        Assert.Contains("timed out", slowReport.Error);
    }

    [Theory]
    [InlineData("huge", "exceeds 1 MB (Fetching:MaxResponseBytes)")]
    [InlineData("bomb", "decompressed body exceeds 2 MB (Fetching:MaxDecompressedBytes)")]
    [InlineData("binary", "not text")]
    public async Task Oversized_bombed_or_binary_bodies_are_refused_and_nothing_is_stored(string kind, string reason)
    {
        switch (kind)
        {
            case "huge":
                _h.Server.Huge("/x.xml", 4 * 1024 * 1024);
                break;
            case "bomb":
                _h.Server.GzipBomb("/x.xml", 64 * 1024 * 1024);
                break;
            default:
                _h.Server.Route("/x.xml", context =>
                {
                    context.Response.ContentType = "image/png";
                    return context.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0 }).AsTask();
                });
                break;
        }

        var source = await _h.AddAsync("/x.xml");

        var report = (await _h.PollAsync())[source.Id];

        Assert.Equal(PollOutcome.Refused, report.Outcome);
        Assert.Contains(reason, report.Error);
        Assert.Equal(0, await _h.Articles.CountArticlesAsync());
    }

    [Theory]
    [InlineData("http://10.1.2.3/feed.xml", "private-network address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "cloud metadata address")]
    [InlineData("http://localhost.internal.test/", "could not be resolved")]
    public async Task A_redirect_to_a_private_address_is_refused(string target, string reason)
    {
        _h.Server.Redirect("/moved.xml", target);
        var source = await _h.AddAsync("/moved.xml");

        var report = (await _h.PollAsync())[source.Id];

        Assert.NotEqual(PollOutcome.Fetched, report.Outcome);
        Assert.Contains(reason, report.Error);
        Assert.Equal(0, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task A_teaser_linking_to_a_private_address_is_not_fetched_and_not_tried_again()
    {
        _h.Server.Feed("/teasers.xml", Rss(TeaserItem("Moorfield", "http://192.168.1.10/story")));
        var source = await _h.AddAsync("/teasers.xml", interval: TimeSpan.FromMinutes(1));

        var item = Assert.Single((await _h.PollAsync())[source.Id].Items);
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var next = (await _h.PollAsync())[source.Id];

        Assert.Equal(ItemOutcome.Failed, item.Outcome);
        Assert.Contains("private-network address", item.Error);
        Assert.Empty(next.Items);
        Assert.Null((await _h.Sources.GetAsync(source.Id))!.LastError);
    }
}
