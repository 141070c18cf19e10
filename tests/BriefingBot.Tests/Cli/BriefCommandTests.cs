using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Cli;

public sealed class BriefCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Brief_prints_the_seed_article_as_the_south_caucasus_story_of_its_day()
    {
        Assert.Equal(0, (await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path)).ExitCode);

        var brief = await CliRun.InvokeAsync("brief", "--region", "South Caucasus", "--until", "2017-12-06", "--since", "2d", "--data", _data.Path);

        Assert.Equal(0, brief.ExitCode);
        Assert.StartsWith("**Briefing: South Caucasus**", brief.Output);
        Assert.Contains("**New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan**", brief.Output);
        Assert.Contains("\u2014 Elmar Mammadyarov, Azerbaijan's foreign minister", brief.Output);
        Assert.Contains("Caspian News, 5 December 2017", brief.Output);
    }

    [Theory]
    [InlineData("Southern Asia")]
    [InlineData("Pakistan")]
    [InlineData("western asia")]
    public async Task The_seed_article_is_in_every_area_it_is_about(string area)
    {
        await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);

        var brief = await CliRun.InvokeAsync("brief", "--region", area, "--until", "2017-12-06", "--since", "2d", "--data", _data.Path);

        Assert.Contains("New Defense Triangle", brief.Output);
    }

    [Fact]
    public async Task An_empty_window_says_so_in_one_line()
    {
        await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);

        var brief = await CliRun.InvokeAsync("brief", "--region", "South Caucasus", "--data", _data.Path);

        Assert.Equal(0, brief.ExitCode);
        Assert.Equal("**South Caucasus: nothing new**\n\nNo new stories about South Caucasus in the last 24 hours.", brief.Output.Trim());
    }

    [Fact]
    public async Task Unknown_regions_and_bad_windows_are_one_line_errors()
    {
        var unknown = await CliRun.InvokeAsync("brief", "--region", "Narnia", "--data", _data.Path);
        var badSince = await CliRun.InvokeAsync("brief", "--region", "Balkans", "--since", "yesterday", "--data", _data.Path);

        Assert.Equal(1, unknown.ExitCode);
        Assert.StartsWith("error: unknown region or country 'Narnia'", unknown.Error);
        Assert.Equal(1, badSince.ExitCode);
        Assert.StartsWith("error: --since 'yesterday' is not a duration", badSince.Error);
    }

    [Fact]
    public async Task An_admins_region_can_be_defined_briefed_on_and_removed()
    {
        await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);

        var add = await CliRun.InvokeAsync("regions", "add", "Defense Triangle", "--countries", "AZ,Turkey,PK", "--data", _data.Path);
        var brief = await CliRun.InvokeAsync("brief", "--region", "defense triangle", "--until", "2017-12-06", "--since", "2d", "--data", _data.Path);
        var list = await CliRun.InvokeAsync("regions", "list", "--data", _data.Path);
        var remove = await CliRun.InvokeAsync("regions", "remove", "Defense Triangle", "--data", _data.Path);
        var gone = await CliRun.InvokeAsync("brief", "--region", "Defense Triangle", "--data", _data.Path);

        Assert.Equal(0, add.ExitCode);
        Assert.Contains("saved Defense Triangle: AZ,PK,TR", add.Output);
        Assert.Contains("New Defense Triangle Emerges", brief.Output);
        Assert.Contains("Defense Triangle\tcustom\tAZ,PK,TR", list.Output);
        Assert.Contains("South Caucasus\tgrouping\tAM,AZ,GE", list.Output);
        Assert.Equal(0, remove.ExitCode);
        Assert.Equal(1, gone.ExitCode);
    }
}
