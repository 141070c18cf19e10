using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Tests.Cli;
using BriefingBot.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Tests.Evaluation;

/// <summary>
/// `BriefingBot summarize` over the evaluation sets in ../shared, scored by rouge.py against the references,
/// next to the lead baseline (split the same way) computed here rather than copied:
/// CNN/DailyMail dev at 3 sentences against the journalists' highlights, BBC News Summary at 40%.
/// CNN/DM is held to issue 7's bars as rouge.py reports them (R1 40.0, R2 17.5; the shipped model scores
/// 40.0 / 18.1, 39.97 unrounded, so there is no margin). BBC's bar (R1 84) is not reached yet (82.0): its floor
/// sits just under what the shipped model scores, so a change that loses ground fails.
/// </summary>
public sealed class SummaryEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Cnn_dailymail_highlights_beat_lead_3()
    {
        var (system, lead) = await RunAsync("cnndm-dev", "highlights", ["--sentences", "3"], n => Math.Min(3, n));

        Assert.True(system.R1 > lead.R1 && system.R2 > lead.R2, $"{system} does not beat lead-3's {lead}");
        Assert.True(system.R1 >= 40.0, $"ROUGE-1 {system.R1:F1} is below the bar 40.0");
        Assert.True(system.R2 >= 17.5, $"ROUGE-2 {system.R2:F1} is below the bar 17.5");
    }

    [Fact]
    public async Task Bbc_summaries_beat_the_lead_baseline_by_a_wide_margin()
    {
        var (system, lead) = await RunAsync("bbc-summary", "summaries", ["--ratio", "0.4"], n => Summarizer.CountForRatio(n, 0.4));

        Assert.True(system.R1 >= lead.R1 + 15, $"ROUGE-1 {system.R1:F1} does not beat the lead's {lead.R1:F1} by 15 points");
        Assert.True(system.R1 >= 81.5, $"ROUGE-1 {system.R1:F1} fell below its floor 81.5");
    }

    private async Task<(Scores System, Scores Lead)> RunAsync(string set, string referenceFolder, string[] length, Func<int, int> leadCount)
    {
        var articles = SharedData.Get("eval", set, "articles");
        var references = SharedData.Get("eval", set, referenceFolder);
        var run = await CliRun.InvokeAsync(["summarize", articles, .. length, "--out", _folder.Combine("system")]);
        Assert.Equal(0, run.ExitCode);
        WriteLeadSummaries(articles, _folder.Combine("lead"), leadCount);

        // The two scorer runs are independent processes: run them side by side to keep the test short.
        var rouge = SharedData.Get("eval", "rouge.py");
        var scored = await Task.WhenAll(
            PythonScorer.RunAsync(rouge, references, _folder.Combine("system")),
            PythonScorer.RunAsync(rouge, references, _folder.Combine("lead")));
        var (system, lead) = (Scores.Of(scored[0]), Scores.Of(scored[1]));
        output.WriteLine($"{set} summarize {string.Join(' ', length)}: {system}");
        output.WriteLine($"{set} lead: {lead}");
        return (system, lead);
    }

    private static void WriteLeadSummaries(string articles, string target, Func<int, int> count)
    {
        var extractor = new ArticleExtractor();
        foreach (var path in Directory.EnumerateFiles(articles, "*.txt", SearchOption.AllDirectories))
        {
            var document = extractor.ExtractText(File.ReadAllText(path), Path.GetFileName(path));
            var sentences = SentenceSplitter.Split(document.Body).Select(s => s.Slice(document.Body)).ToList();
            var output = Path.Combine(target, Path.GetRelativePath(articles, path));
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllLines(output, sentences.Take(count(sentences.Count)));
        }
    }

    private sealed record Scores(double R1, double R2, double RL)
    {
        public static Scores Of(System.Text.Json.JsonElement json) =>
            new(json.GetProperty("R1").GetDouble(), json.GetProperty("R2").GetDouble(), json.GetProperty("RL").GetDouble());

        public override string ToString() => $"R1 {R1:F2} / R2 {R2:F2} / RL {RL:F2}";
    }
}
