using BriefingBot.Tests.Sources;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Tests.Cli;

/// <summary>Changes the process environment (to let the CLI fetch from loopback), so it runs alone.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;

[Collection(nameof(EnvironmentCollection))]
public sealed class PollCommandTests : IAsyncLifetime
{
    private const string AllowPrivate = "Fetching__AllowPrivateAddresses";
    private readonly TempFolder _data = new();
    private FeedServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        Environment.SetEnvironmentVariable(AllowPrivate, "true");
        Environment.SetEnvironmentVariable("Fetching__Resilience__Retries", "0");
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllowPrivate, null);
        Environment.SetEnvironmentVariable("Fetching__Resilience__Retries", null);
        await _server.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Poll_once_prints_what_each_source_brought_in_and_a_second_poll_finds_nothing_due()
    {
        _server.Feed("/feed.xml", Rss(Item("Thornbury"), Item("Underhill")));
        _server.Status("/down.xml", 500);
        await CliRun.InvokeAsync("sources", "add", _server.Url("/feed.xml"), "--region", "Central Asia", "--data", _data.Path);
        await CliRun.InvokeAsync("sources", "add", _server.Url("/down.xml"), "--data", _data.Path);

        var poll = await CliRun.InvokeAsync("poll", "--once", "--data", _data.Path);
        var again = await CliRun.InvokeAsync("poll", "--once", "--data", _data.Path);
        var list = await CliRun.InvokeAsync("sources", "list", "--data", _data.Path);

        Assert.Equal(1, poll.ExitCode);
        Assert.Contains($"#1 {_server.Url("/feed.xml")}: fetched, 2 stored (quiet first backfill), 0 already stored, 0 failed", poll.Output);
        Assert.Contains("stored #1  Ferry timetable approved in Thornbury", poll.Output);
        Assert.Contains($"#2 {_server.Url("/down.xml")}: failed: ", poll.Output);
        Assert.Contains("HTTP 500", poll.Output);
        Assert.Contains("2 polled, 2 stored, 1 failed", poll.Output);
        Assert.Contains("no source is due", again.Output);
        Assert.Contains("feed \"Harbour News\", region Central Asia", list.Output);
        Assert.Contains("last error: ", list.Output);
    }

    [Fact]
    public async Task Ingested_feed_items_answer_questions()
    {
        _server.Feed("/feed.xml", Rss(Item("Westerby")));
        await CliRun.InvokeAsync("sources", "add", _server.Url("/feed.xml"), "--data", _data.Path);
        await CliRun.InvokeAsync("poll", "--once", "--data", _data.Path);

        var ask = await CliRun.InvokeAsync("ask", "what did Mara Lind say?", "--data", _data.Path);

        Assert.Contains("We listened to commuters and to the harbour workers", ask.Output);
        Assert.Contains("Harbour News", ask.Output);
    }
}
