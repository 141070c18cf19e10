using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Tests.Cli;
using BriefingBot.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Tests.Evaluation;

/// <summary>
/// `BriefingBot summarize --ratio 0.4` over the BBC News Summary half in ../shared, scored by rouge.py
/// against the reference summaries, next to the lead baseline (the first 40% of each article's
/// sentences, split the same way) computed here rather than copied.
/// </summary>
public sealed class SummaryEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private const double Ratio = 0.4;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Bbc_summaries_beat_the_lead_baseline_by_a_wide_margin()
    {
        var articles = SharedData.Get("eval", "bbc-summary", "articles");
        var references = SharedData.Get("eval", "bbc-summary", "summaries");

        var run = await CliRun.InvokeAsync("summarize", articles, "--ratio", "0.4", "--out", _folder.Combine("system"));
        Assert.Equal(0, run.ExitCode);
        WriteLeadSummaries(articles, _folder.Combine("lead"));

        var system = await PythonScorer.RunAsync(SharedData.Get("eval", "rouge.py"), references, _folder.Combine("system"));
        var lead = await PythonScorer.RunAsync(SharedData.Get("eval", "rouge.py"), references, _folder.Combine("lead"));
        output.WriteLine($"summarize --ratio 0.4: {system}");
        output.WriteLine($"lead 40%: {lead}");

        var systemR1 = Rouge1(system);
        var leadR1 = Rouge1(lead);
        Assert.True(systemR1 >= leadR1 + 10, $"ROUGE-1 {systemR1:F1} does not beat the lead's {leadR1:F1} by 10 points");
        Assert.True(systemR1 >= 78, $"ROUGE-1 {systemR1:F1} fell below its floor 78");
    }

    private static double Rouge1(System.Text.Json.JsonElement scores) => scores.GetProperty("R1").GetDouble();

    private static void WriteLeadSummaries(string articles, string target)
    {
        var extractor = new ArticleExtractor();
        foreach (var path in Directory.EnumerateFiles(articles, "*.txt", SearchOption.AllDirectories))
        {
            var document = extractor.ExtractText(File.ReadAllText(path), Path.GetFileName(path));
            var sentences = SentenceSplitter.Split(document.Body).Select(s => s.Slice(document.Body)).ToList();
            var lead = sentences.Take(Summarizer.CountForRatio(sentences.Count, Ratio));
            var output = Path.Combine(target, Path.GetRelativePath(articles, path));
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            File.WriteAllLines(output, lead);
        }
    }
}
