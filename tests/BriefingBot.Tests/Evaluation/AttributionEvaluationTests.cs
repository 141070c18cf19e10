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
        // Issue 3's bars: direct attribution 85 is met (86.2 with the content rules and the speaker spans' fixes), and so
        // are all content-overlap 70 (71.3), source-exact 60 (66.6) and attribution 60 (65.2): their floors sit just
        // under what was measured. Direct content-overlap 92 is not met yet: its floor holds what was reached (91.2).
        AssertFloor(scores, "direct", "content-overlap", 91.0);
        AssertFloor(scores, "direct", "attribution", 85.7);
        AssertFloor(scores, "all", "content-overlap", 70.9);
        AssertFloor(scores, "all", "source-exact", 66.2);
        AssertFloor(scores, "all", "attribution", 64.7);
    }

    private void AssertFloor(JsonElement scores, string subset, string figure, double floor)
    {
        var f1 = scores.GetProperty(subset).GetProperty(figure).GetProperty("F1").GetDouble();
        output.WriteLine($"{subset} {figure} F1 {f1:F1} (floor {floor})");
        Assert.True(f1 >= floor, $"{subset} {figure} F1 {f1:F1} fell below its floor {floor}");
    }
}
