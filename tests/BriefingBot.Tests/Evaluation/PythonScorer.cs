using System.Diagnostics;
using System.Text.Json;

namespace BriefingBot.Tests.Evaluation;

/// <summary>Runs one of the shared evaluation scorers (python3 ../shared/eval/...) and parses its --json output.</summary>
internal static class PythonScorer
{
    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--json");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started; the evaluation tests need it on PATH.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await stderr}");
        }

        using var document = JsonDocument.Parse(await stdout);
        return document.RootElement.Clone();
    }
}
