namespace BriefingBot.Tests.Cli;

/// <summary>`train-quote-models` over a small split written for the test, in brat standoff like PolNeAR.</summary>
public sealed class TrainQuoteModelsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private void WriteArticle(int i)
    {
        var text = $"Engineers in district {i} blorped that the tunnel was leaking. Crews in district {i} blorped the fence.";
        var cue = text.IndexOf("blorped", StringComparison.Ordinal);
        var content = text.IndexOf("that the tunnel", StringComparison.Ordinal);
        var contentEnd = text.IndexOf(". Crews", StringComparison.Ordinal);
        _folder.Write($"split/text/article{i}.txt", text);
        _folder.Write(
            $"split/attributions/article{i}_ann1.ann",
            $"T1\tCue {cue} {cue + 7}\tblorped\nT2\tContent {content} {contentEnd}\t{text[content..contentEnd]}\nE1\tAttribution:T1 Content:T2 Cue:T1\n");
    }

    [Fact]
    public async Task Writes_the_three_model_files_and_says_what_it_learned_from()
    {
        for (var i = 0; i < 5; i++)
        {
            WriteArticle(i);
        }

        var run = await CliRun.InvokeAsync("train-quote-models", _folder.Combine("split"), "--out", _folder.Combine("models"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("5 articles", run.Output, StringComparison.Ordinal);
        var cues = await File.ReadAllTextAsync(_folder.Combine("models", "cue-model.txt"));
        Assert.Contains("c.v=blorped\t1", cues, StringComparison.Ordinal);
        Assert.True(File.Exists(_folder.Combine("models", "fragment-model.txt")));
        Assert.True(File.Exists(_folder.Combine("models", "speaker-model.txt")));
    }

    [Fact]
    public async Task A_folder_without_annotations_is_a_clear_error()
    {
        _folder.Write("split/text/only.txt", "Just text.");

        var run = await CliRun.InvokeAsync("train-quote-models", _folder.Combine("split"), "--out", _folder.Combine("models"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
        Assert.Contains("attributions", run.Error, StringComparison.Ordinal);
    }
}
