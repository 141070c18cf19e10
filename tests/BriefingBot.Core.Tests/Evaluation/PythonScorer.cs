using System.Diagnostics;
using System.Text.Json;

namespace BriefingBot.Core.Tests.Evaluation;

/// <summary>Runs one of the shared evaluation scorers (python3) and parses its --json output.</summary>
internal static class PythonScorer
{
    public static JsonDocument Run(string script, params string[] arguments)
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
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {stderr}");
        }

        return JsonDocument.Parse(stdout.Result);
    }

    public static string TempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"briefingbot-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
