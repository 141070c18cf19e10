using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Cli;

public sealed class IngestAndAskCommandTests : IDisposable
{
    private readonly TempFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Ingest_then_ask_prints_Cavusoglus_words_with_his_full_name()
    {
        var ingest = await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);
        var ask = await CliRun.InvokeAsync("ask", "what did Cavusoglu say?", "--data", _data.Path);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("stored #1  New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan", ingest.Output);
        Assert.Equal(0, ask.ExitCode);
        Assert.Contains("\u201cWe do not compete with each other in this area, but rather complement each other.\u201d", ask.Output);
        Assert.Contains("Mevlut Cavusoglu", ask.Output);
        Assert.Contains("Caspian News", ask.Output);
    }

    [Fact]
    public async Task Ingesting_the_same_article_twice_stores_it_once()
    {
        await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);

        var again = await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("already stored #1", again.Output);
        Assert.Contains("0 stored, 1 already stored, 0 failed", again.Output);
    }

    [Fact]
    public async Task A_missing_file_is_reported_and_the_exit_code_says_so()
    {
        var run = await CliRun.InvokeAsync("ingest", _data.Combine("nope.txt"), "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.txt: No such file or folder.", run.Output);
    }

    [Fact]
    public async Task A_data_folder_that_is_a_file_prints_one_clear_error()
    {
        var notAFolder = _data.Write("occupied", "x");

        var run = await CliRun.InvokeAsync("ask", "help", "--data", notAFolder);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("occupied", line);
    }

    [Fact]
    public async Task Asking_an_empty_archive_says_there_is_nothing_yet()
    {
        var run = await CliRun.InvokeAsync("ask", "summarize", "--data", _data.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Nothing to summarize yet", run.Output);
    }

    [Fact]
    public async Task An_empty_question_is_an_error()
    {
        var run = await CliRun.InvokeAsync("ask", "  ", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: the question is empty", run.Error);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var run = await CliRun.InvokeAsync("injest", "x");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("injest", run.Error);
    }
}
