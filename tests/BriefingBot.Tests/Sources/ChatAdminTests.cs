using System.Net;
using BriefingBot.Infrastructure.Admin;
using BriefingBot.Infrastructure.Sources;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Tests.Sources;

/// <summary>Source admin in chat through the real service: admins by configuration, refusals, audit, and the poller picking up a new source.</summary>
public sealed class ChatAdminTests : IAsyncLifetime
{
    private FakeBotConnector _connector = null!;
    private FeedServer _feeds = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _feeds = await FeedServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task A_non_admin_is_politely_refused_and_nothing_changes()
    {
        await using var host = await StartAsync(emulatorIsAdmin: false, polling: false);

        var reply = await host.AskAsync(_connector, "add source https://news.example.com/feed.xml region: Central Asia");
        var list = await host.AskAsync(_connector, "sources");

        Assert.Contains("Sorry, adding, listing and changing news sources is for BriefingBot's admins", reply.Text);
        Assert.Contains("Only admins", list.Text);
        Assert.Empty(await host.Services.GetRequiredService<SqliteSourceStore>().ListAsync());
        Assert.Empty(await host.Services.GetRequiredService<SqliteAdminStore>().AuditLogAsync(10));
    }

    [Fact]
    public async Task An_admin_adds_a_source_in_chat_the_service_polls_it_and_sources_shows_its_health()
    {
        _feeds.Feed("/feed.xml", Rss(Item("Yarrowby"), Item("Zennor")));
        await using var host = await StartAsync(emulatorIsAdmin: true, polling: true);
        var polled = new TaskCompletionSource<PollReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Services.GetRequiredService<SourceScheduler>().Polled += r => polled.TrySetResult(r);

        var added = await host.AskAsync(_connector, $"add source {_feeds.Url("/feed.xml")} region: South Caucasus every 15m");
        var report = await polled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var list = await host.AskAsync(_connector, "sources");

        Assert.Contains("Added source #1", added.Text);
        Assert.Contains("region South Caucasus, every 15m", added.Text);
        Assert.Equal(2, report.Stored);
        Assert.True(report.Quiet);
        Assert.Contains("feed \"Harbour News\"", list.Text);
        Assert.Contains("last success 20", list.Text);
        Assert.Contains("no error", list.Text);
        var audit = Assert.Single(await host.Services.GetRequiredService<SqliteAdminStore>().AuditLogAsync(10));
        Assert.Equal(("emulator:user-1", "source.add"), (audit.Actor, audit.Action));
        Assert.Contains(_feeds.Url("/feed.xml"), audit.Detail);
    }

    [Fact]
    public async Task Pause_resume_and_remove_are_audited_and_mistakes_get_a_clear_answer()
    {
        await using var host = await StartAsync(emulatorIsAdmin: true, polling: false);
        await host.AskAsync(_connector, "add source <https://news.example.com/feed.xml|news.example.com/feed.xml>");

        var pause = await host.AskAsync(_connector, "pause source 1");
        var resume = await host.AskAsync(_connector, "resume source #1");
        var bad = await host.AskAsync(_connector, "add source ftp://example.com/feed");
        var badInterval = await host.AskAsync(_connector, "add source https://example.com/rss every fortnight");
        var missing = await host.AskAsync(_connector, "remove source 7");
        var remove = await host.AskAsync(_connector, "remove source https://news.example.com/feed.xml");

        Assert.Contains("Paused source #1", pause.Text);
        Assert.Contains("PAUSED", pause.Text);
        Assert.Contains("Resumed source #1", resume.Text);
        Assert.Contains("only http and https", bad.Text);
        Assert.Contains("not an interval", badInterval.Text);
        Assert.Contains("There is no source '7'", missing.Text);
        Assert.Contains("Removed source #1", remove.Text);
        var actions = (await host.Services.GetRequiredService<SqliteAdminStore>().AuditLogAsync(10)).Select(a => a.Action).Reverse();
        Assert.Equal(["source.add", "source.pause", "source.resume", "source.remove"], actions);
    }

    [Theory]
    [InlineData("slack", "U0ADMIN:T0TEAM", null, true)]
    [InlineData("slack", "U0OTHER:T0TEAM", null, false)]
    [InlineData("msteams", "29:any", "aad-admin-1", true)]
    [InlineData("msteams", "29:any", "aad-someone", false)]
    public async Task Admins_are_the_configured_Slack_and_Teams_ids(string channel, string userId, string? aadObjectId, bool admin)
    {
        await using var host = await StartAsync(emulatorIsAdmin: false, polling: false, new Dictionary<string, string?>
        {
            ["Admins:SlackUserIds:0"] = "U0ADMIN",
            ["Admins:TeamsAadObjectIds:0"] = "aad-admin-1",
        });
        var activity = TestActivities.Message("add source https://news.example.com/feed.xml", _connector.ServiceUrl, channel);
        activity["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = userId, ["name"] = "Someone", ["aadObjectId"] = aadObjectId };

        using var response = await TestActivities.PostAsync(host.Client, activity);
        var reply = await _connector.NextMessageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = reply.Activity.GetRawText();
        Assert.Contains(admin ? "Added source #1" : "Only admins can manage sources", raw);
        Assert.Equal(admin ? 1 : 0, (await host.Services.GetRequiredService<SqliteSourceStore>().ListAsync()).Count);
    }

    private static Task<BotHost> StartAsync(bool emulatorIsAdmin, bool polling, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Admins:EmulatorIsAdminInLocalMode"] = emulatorIsAdmin ? "true" : "false",
            ["Sources:PollingEnabled"] = polling ? "true" : "false",
            ["Fetching:AllowPrivateAddresses"] = "true",
            ["Fetching:Resilience:Retries"] = "0",
            ["Demo:SeedArticles"] = "false",
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return BotHost.StartAsync(settings: settings);
    }
}
