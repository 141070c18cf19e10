namespace BriefingBot.Tests.Cli;

public sealed class SourcesCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Sources_added_are_listed_with_their_health_and_removed_by_number_or_url()
    {
        var add = await CliRun.InvokeAsync("sources", "add", "https://news.example.com/feed.xml", "--region", "South Caucasus", "--interval", "30m", "--data", _data.Path);
        var second = await CliRun.InvokeAsync("sources", "add", "https://other.example.com/atom", "--data", _data.Path);
        var list = await CliRun.InvokeAsync("sources", "list", "--data", _data.Path);
        var removeById = await CliRun.InvokeAsync("sources", "remove", "1", "--data", _data.Path);
        var removeByUrl = await CliRun.InvokeAsync("sources", "remove", "https://other.example.com/atom?utm_source=x", "--data", _data.Path);
        var empty = await CliRun.InvokeAsync("sources", "list", "--data", _data.Path);

        Assert.Equal((0, 0), (add.ExitCode, second.ExitCode));
        Assert.Contains("added #1 https://news.example.com/feed.xml (not polled yet, region South Caucasus, every 30m)", add.Output);
        Assert.Contains("#2 https://other.example.com/atom (not polled yet, every 15m)", list.Output);
        Assert.Contains("last success never; no error; next poll", list.Output);
        Assert.Contains("removed #1 https://news.example.com/feed.xml", removeById.Output);
        Assert.Contains("removed #2", removeByUrl.Output);
        Assert.Contains("no sources yet", empty.Output);
    }

    [Theory]
    [InlineData("not-a-url", "is not a URL")]
    [InlineData("ftp://example.com/feed", "only http and https")]
    public async Task A_bad_url_is_one_clear_error_line(string url, string reason)
    {
        var run = await CliRun.InvokeAsync("sources", "add", url, "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(reason, line);
    }

    [Theory]
    [InlineData("often", "not an interval")]
    [InlineData("5s", "outside the allowed range")]
    public async Task A_bad_interval_is_one_clear_error_line(string interval, string reason)
    {
        var run = await CliRun.InvokeAsync("sources", "add", "https://news.example.com/feed.xml", "--interval", interval, "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Error);
        Assert.Contains("no sources yet", (await CliRun.InvokeAsync("sources", "list", "--data", _data.Path)).Output);
    }

    [Fact]
    public async Task Removing_an_unknown_source_says_how_to_find_the_numbers()
    {
        var run = await CliRun.InvokeAsync("sources", "remove", "42", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no source '42'; \"sources\" lists them", run.Error);
    }

    [Fact]
    public async Task An_api_key_is_printed_once_and_a_second_key_with_the_same_name_is_refused()
    {
        var first = await CliRun.InvokeAsync("api-key", "create", "ops", "--data", _data.Path);
        var again = await CliRun.InvokeAsync("api-key", "create", "ops", "--data", _data.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Matches("^bbk_[0-9a-f]{64}$", first.Output.Split('\n')[0].Trim());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
    }

    [Fact]
    public async Task Poll_without_once_explains_itself()
    {
        var run = await CliRun.InvokeAsync("poll", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--once", run.Error);
    }
}
