using System.Text.Json;

namespace BriefingBot.Tests.Cli;

public sealed class QuotesAndSummarizeCommandTests : IDisposable
{
    private const string Article = """
        Ferry Talks Conclude in Aktau

        Officials from three countries met in Aktau on Tuesday to plan new ferry routes across the Caspian Sea.
        "We will double the number of crossings by spring," Port Director Aidos Nurlanov said.
        The ministers also discussed customs rules for trucks waiting at the ports.
        Nurlanov said the new timetable would be published in January.
        Trucking groups welcomed the plan but asked for lower fees.
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Quotes_writes_one_json_per_input_with_offsets_into_the_file()
    {
        var input = _folder.Write("in/ferry.txt", Article);

        var run = await CliRun.InvokeAsync("quotes", _folder.Combine("in"), "--out", _folder.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(_folder.Combine("out", "ferry.json")));
        var text = await File.ReadAllTextAsync(input);
        var quote = json.RootElement.GetProperty("quotes").EnumerateArray()
            .First(q => q.GetRawText().Contains("double the number", StringComparison.Ordinal));
        var content = quote.GetProperty("content");
        var piece = content.ValueKind == JsonValueKind.Array ? content[0] : content;
        var start = piece.GetProperty("start").GetInt32();
        var end = piece.GetProperty("end").GetInt32();
        Assert.Equal(piece.GetProperty("text").GetString(), text[start..end]);
        var speaker = quote.GetProperty("speaker");
        Assert.EndsWith("Aidos Nurlanov", text[speaker.GetProperty("start").GetInt32()..speaker.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public async Task Summarize_keeps_the_relative_paths_and_the_share_of_sentences()
    {
        _folder.Write("in/caspian/ferry.txt", Article);

        var run = await CliRun.InvokeAsync("summarize", _folder.Combine("in"), "--ratio", "0.4", "--out", _folder.Combine("out"));

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(_folder.Combine("out", "caspian", "ferry.txt"));
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Contains(line, Article));
        Assert.DoesNotContain("Ferry Talks Conclude in Aktau", lines);
    }

    [Fact]
    public async Task Summarize_by_sentence_count()
    {
        var input = _folder.Write("ferry.txt", Article);

        await CliRun.InvokeAsync("summarize", input, "--sentences", "1", "--out", _folder.Combine("out"));

        Assert.Single(await File.ReadAllLinesAsync(_folder.Combine("out", "ferry.txt")));
    }

    [Theory]
    [InlineData("--ratio", "1.5")]
    [InlineData("--ratio", "0")]
    [InlineData("--sentences", "0")]
    public async Task Summarize_refuses_lengths_that_make_no_sense(string option, string value)
    {
        var input = _folder.Write("ferry.txt", Article);

        var run = await CliRun.InvokeAsync("summarize", input, option, value, "--out", _folder.Combine("out"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(Directory.Exists(_folder.Combine("out")));
    }

    [Fact]
    public async Task An_empty_input_file_prints_one_clear_error()
    {
        var input = _folder.Write("empty.txt", "  \n");

        var run = await CliRun.InvokeAsync("quotes", input, "--out", _folder.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: '{input}' is empty", run.Error.Trim());
    }

    [Fact]
    public async Task A_missing_input_prints_one_clear_error()
    {
        var run = await CliRun.InvokeAsync("summarize", _folder.Combine("missing"), "--out", _folder.Combine("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: no such file or folder", run.Error);
    }
}
