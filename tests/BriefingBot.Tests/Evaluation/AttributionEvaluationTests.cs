using System.Text.Json;
using BriefingBot.Tests.Cli;
using BriefingBot.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Tests.Evaluation;

/// <summary>
/// `BriefingBot quotes` over PolNeAR dev, scored by ../shared/eval/score_attributions.py. The floors sit a
/// little under the figures measured when they were set, so they hold and still catch regressions.
/// </summary>
public sealed class AttributionEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _predictions = new();

    public void Dispose() => _predictions.Dispose();

    [Fact]
    public async Task Polnear_dev_attribution_stays_above_its_floors()
    {
        var split = SharedData.Get("eval", "polnear", "dev");

        var run = await CliRun.InvokeAsync("quotes", Path.Combine(split, "text"), "--out", _predictions.Path);
        Assert.Equal(0, run.ExitCode);
        var scores = await PythonScorer.RunAsync(SharedData.Get("eval", "score_attributions.py"), split, _predictions.Path);
        output.WriteLine(scores.ToString());

        Assert.Equal(0, scores.GetProperty("missing_predictions").GetInt32());
        Assert.Equal(0, scores.GetProperty("unreadable_predictions").GetInt32());
        // Issue 3's bars are all met on dev: direct content-overlap 92 (92.2 with the hand-over, continuation and
        // leading-report rules), direct attribution 85 (86.9), all content-overlap 70 (71.6), source-exact 60 (66.6)
        // and attribution 60 (65.3). The floors sit just under what was measured; direct content-overlap's is the bar.
        AssertFloor(scores, "direct", "content-overlap", 92.0);
        AssertFloor(scores, "direct", "attribution", 86.6);
        AssertFloor(scores, "all", "content-overlap", 71.3);
        AssertFloor(scores, "all", "source-exact", 66.3);
        AssertFloor(scores, "all", "attribution", 65.0);
    }

    private void AssertFloor(JsonElement scores, string subset, string figure, double floor)
    {
        var f1 = scores.GetProperty(subset).GetProperty(figure).GetProperty("F1").GetDouble();
        output.WriteLine($"{subset} {figure} F1 {f1:F1} (floor {floor})");
        Assert.True(f1 >= floor, $"{subset} {figure} F1 {f1:F1} fell below its floor {floor}");
    }
}
