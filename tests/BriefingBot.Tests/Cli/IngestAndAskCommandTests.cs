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
    public async Task Ask_answers_when_and_where_with_the_articles_own_sentence()
    {
        await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);

        var when = await CliRun.InvokeAsync("ask", "when is the next trilateral meeting?", "--data", _data.Path);
        var where = await CliRun.InvokeAsync("ask", "where will the next trilateral ministerial meeting take place?", "--data", _data.Path);

        Assert.All(new[] { when, where }, run =>
        {
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("The next trilateral ministerial meeting will take place in Islamabad sometime in 2018.", run.Output);
            Assert.Contains("Source: New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan (Caspian News, 5 December 2017)", run.Output);
        });
    }

    [Fact]
    public async Task Ask_with_a_conversation_name_follows_up_the_last_question_asked_with_it()
    {
        await CliRun.InvokeAsync("ingest", SharedData.SeedArticle, "--data", _data.Path);
        await CliRun.InvokeAsync("ask", "what did Cavusoglu say?", "--conversation", "desk", "--data", _data.Path);

        var followUp = await CliRun.InvokeAsync("ask", "what about Mammadyarov?", "--conversation", "desk", "--data", _data.Path);
        var other = await CliRun.InvokeAsync("ask", "more", "--conversation", "other", "--data", _data.Path);
        var none = await CliRun.InvokeAsync("ask", "more", "--data", _data.Path);

        Assert.StartsWith("**Elmar Mammadyarov, Azerbaijan's foreign minister**", followUp.Output, StringComparison.Ordinal);
        Assert.StartsWith("**More of what?**", other.Output, StringComparison.Ordinal);
        Assert.StartsWith("**More of what?**", none.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_whats_new_in_a_country_gives_its_briefing_as_chat_does()
    {
        var published = DateTimeOffset.UtcNow.AddHours(-2).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var article = _data.Write("crossing.md", $"---\ntitle: Armenia and Georgia open a new border crossing\nsource: Test Wire\ndate: {published}\n---\n\n"
            + "Armenia and Georgia opened a new border crossing near Bavra on Thursday to ease truck queues.\n\n"
            + "\"Drivers will wait minutes, not hours,\" said Armenian Deputy Economy Minister Ani Petrosyan.\n");
        await CliRun.InvokeAsync("ingest", article, "--data", _data.Path);

        var run = await CliRun.InvokeAsync("ask", "What\u2019s new in Armenia?", "--data", _data.Path);

        Assert.StartsWith("**Briefing: Armenia**", run.Output, StringComparison.Ordinal);
        Assert.Contains("**Armenia and Georgia open a new border crossing**", run.Output);
    }

    [Fact]
    public async Task An_empty_conversation_name_is_refused()
    {
        var run = await CliRun.InvokeAsync("ask", "more", "--conversation", " ", "--data", _data.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--conversation needs a name", run.Error);
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
