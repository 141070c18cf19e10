using System.Collections.Concurrent;
using System.Net;
using BriefingBot.Infrastructure.Sources;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Tests.Sources;

/// <summary>The real service polling hostile and broken sources next to a good one: it stays up and stores what it should.</summary>
public sealed class HostilePollingTests
{
    [Fact]
    public async Task Bombs_huge_bodies_drips_malformed_feeds_and_private_redirects_leave_the_service_up_and_the_good_feed_stored()
    {
        await using var feeds = await FeedServer.StartAsync();
        feeds.Feed("/good.xml", Rss(Item("Ashgrove"), Item("Bellmouth")));
        feeds.GzipBomb("/bomb.xml", 64 * 1024 * 1024);
        feeds.Huge("/huge.xml", 8 * 1024 * 1024);
        feeds.Drip("/drip.xml");
        feeds.Feed("/malformed.xml", "<?xml version=\"1.0\"?><rss><channel><item><title>x</item></rss>");
        feeds.Text("/binary.xml", "\0\0\0\0binary", "application/rss+xml");
        feeds.Status("/error.xml", 500);
        feeds.Redirect("/private.xml", "http://10.0.0.8/feed.xml");
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            // The fake server is on loopback, so private addresses are allowed here: the redirect to 10.0.0.8 can
            // only fail to connect. Its refusal by address is tested in the infrastructure FailureTests.
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Fetching:Timeout"] = "00:00:03",
            ["Fetching:MaxResponseBytes"] = "1048576",
            ["Fetching:MaxDecompressedBytes"] = "4194304",
            ["Fetching:Resilience:Retries"] = "0",
            ["Demo:SeedArticles"] = "false",
        });
        var reports = new ConcurrentDictionary<long, PollReport>();
        var allPolled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var paths = new[] { "/good.xml", "/bomb.xml", "/huge.xml", "/drip.xml", "/malformed.xml", "/binary.xml", "/error.xml", "/private.xml" };
        host.Services.GetRequiredService<SourceScheduler>().Polled += r =>
        {
            reports.TryAdd(r.SourceId, r);
            if (reports.Count == paths.Length)
            {
                allPolled.TrySetResult();
            }
        };

        var admin = host.Services.GetRequiredService<SourceAdmin>();
        var ids = new Dictionary<string, long>();
        foreach (var path in paths)
        {
            ids[path] = (await admin.AddAsync("test", feeds.Url(path), null, "1h")).Id;
        }

        await allPolled.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using var health = await host.Client.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(2, reports[ids["/good.xml"]].Stored);
        Assert.Contains("MaxDecompressedBytes", reports[ids["/bomb.xml"]].Error);
        Assert.Contains("MaxResponseBytes", reports[ids["/huge.xml"]].Error);
        Assert.Contains("timed out", reports[ids["/drip.xml"]].Error);
        Assert.Contains("line 1", reports[ids["/malformed.xml"]].Error);
        Assert.Contains("not text", reports[ids["/binary.xml"]].Error);
        Assert.Contains("HTTP 500", reports[ids["/error.xml"]].Error);
        Assert.NotEqual(PollOutcome.Fetched, reports[ids["/private.xml"]].Outcome);
        Assert.Equal(2, await host.Services.GetRequiredService<BriefingBot.Core.Archive.IArchive>().CountArticlesAsync());
        var listed = await admin.ListAsync();
        Assert.All(listed.Where(s => s.Id != ids["/good.xml"]), s => Assert.NotNull(s.LastError));
    }
}
