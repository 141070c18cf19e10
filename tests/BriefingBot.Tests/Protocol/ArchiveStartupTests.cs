using BriefingBot.Infrastructure.Storage;
using BriefingBot.Tests.Cli;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Protocol;

public sealed class ArchiveStartupTests
{
    [Fact]
    public async Task The_schema_is_created_when_the_service_starts()
    {
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Demo:SeedArticles"] = "false" });

        Assert.True(File.Exists(Path.Combine(host.DataDirectory, StorageOptions.DatabaseFileName)));
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_used_stops_the_start_with_its_name()
    {
        using var temp = new TempFolder();
        var occupied = temp.Write("occupied", "not a folder");

        var failure = await Assert.ThrowsAsync<StorageException>(() => BotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["Storage:DataDirectory"] = occupied, ["Demo:SeedArticles"] = "false" }));

        Assert.Contains(occupied, failure.Message);
    }

    [Fact]
    public async Task Serve_with_an_unusable_data_folder_prints_one_error_line()
    {
        using var temp = new TempFolder();
        var occupied = temp.Write("occupied", "not a folder");

        var run = await CliRun.InvokeAsync("serve", "--data", occupied, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains(occupied, run.Error);
    }
}
