using System.Globalization;

namespace BriefingBot.LoadHarness;

/// <summary>The harness's command line: --articles N --duration 60s --connections 32 --conversations 4000 [--soak] [--sample 30s] [--warmup 5s] [--work DIR] [--questions mix|speaker|region|whois|whosaid|party|event|summarize|help|unknown] [--archive-only] [--split].</summary>
internal sealed record HarnessOptions(int Articles, TimeSpan Duration, int Connections, int Conversations, bool Soak, TimeSpan Sample, TimeSpan Warmup, string WorkDirectory, string Questions, bool ArchiveOnly = false, bool Split = false)
{
    public static HarnessOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var soak = false;
        var archiveOnly = false;
        var split = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--soak")
            {
                soak = true;
            }
            else if (args[i] == "--archive-only")
            {
                archiveOnly = true;
            }
            else if (args[i] == "--split")
            {
                split = true;
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                values[args[i][2..]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'. Usage: --articles 10000 --duration 60s --connections 32 --conversations 4000 [--soak] [--sample 30s] [--warmup 5s] [--work DIR] [--questions mix|speaker|region|whois|whosaid|party|event|summarize|help|unknown] [--archive-only] [--split]");
            }
        }

        return new HarnessOptions(
            Articles: int.Parse(values.GetValueOrDefault("articles", "10000"), CultureInfo.InvariantCulture),
            Duration: Time(values.GetValueOrDefault("duration", soak ? "10m" : "60s")),
            Connections: int.Parse(values.GetValueOrDefault("connections", "32"), CultureInfo.InvariantCulture),
            Conversations: int.Parse(values.GetValueOrDefault("conversations", "4000"), CultureInfo.InvariantCulture),
            Soak: soak,
            Sample: Time(values.GetValueOrDefault("sample", soak ? "30s" : "10s")),
            Warmup: Time(values.GetValueOrDefault("warmup", "5s")),
            WorkDirectory: values.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "briefingbot-load")),
            Questions: SyntheticQuestions.Kinds.Contains(values.GetValueOrDefault("questions", "mix"))
                ? values.GetValueOrDefault("questions", "mix")
                : throw new ArgumentException("--questions is one of " + string.Join(", ", SyntheticQuestions.Kinds)),
            ArchiveOnly: archiveOnly,
            Split: split);
    }

    /// <summary>"90", "90s", "5m", "1h".</summary>
    private static TimeSpan Time(string text)
    {
        var unit = text[^1];
        var number = char.IsDigit(unit) ? text : text[..^1];
        var value = double.Parse(number, CultureInfo.InvariantCulture);
        return unit switch
        {
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }
}
