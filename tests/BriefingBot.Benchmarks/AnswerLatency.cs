using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;
using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Answer latency in process (issue 6): the question mix of <see cref="SyntheticQuestions"/> answered one after
/// another on one core over an archive the load harness built, p50/p99 per kind and overall, and memory.
/// "What's new in X" goes to the briefer as the chat command does; everything else to the answerer.
/// A percentile over thousands of questions is what the bar is about, which BenchmarkDotNet's mean is not.
/// </summary>
/// <remarks>dotnet run -c Release --project tests/BriefingBot.Benchmarks -- latency --archive DIR [--questions 3000] [--warmup 300] [--cache on|off] [--cores 1] [--kind mix|speaker|region|whois|whosaid|party|event|summarize|help|unknown]</remarks>
internal static class AnswerLatency
{
    public static async Task<int> RunAsync(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var archive = values.GetValueOrDefault("archive") ?? Path.Combine(Path.GetTempPath(), "briefingbot-load", "archive-10000", "data");
        var count = int.Parse(values.GetValueOrDefault("questions", "3000"), CultureInfo.InvariantCulture);
        var warmup = int.Parse(values.GetValueOrDefault("warmup", "300"), CultureInfo.InvariantCulture);
        var cores = int.Parse(values.GetValueOrDefault("cores", "1"), CultureInfo.InvariantCulture);
        var cache = values.GetValueOrDefault("cache", "off") == "on";
        var kind = values.GetValueOrDefault("kind", "mix");
        if (!File.Exists(Path.Combine(archive, StorageOptions.DatabaseFileName)))
        {
            Console.Error.WriteLine($"No archive in {archive}: build one with the load harness (--articles N) or the archive tool.");
            return 2;
        }

        if (OperatingSystem.IsLinux() && cores < Environment.ProcessorCount)
        {
            Process.GetCurrentProcess().ProcessorAffinity = (nint)((1L << cores) - 1);
        }

        using var store = new SqliteArticleStore(new StorageOptions { DataDirectory = archive, ReadCacheMegabytes = cache ? new StorageOptions().ReadCacheMegabytes : 0 });
        var answerer = new Answerer(store, new AnswerOptions());
        var briefer = new Briefer(new SqliteBriefingArchive(store), new AreaDirectory(), new BriefingOptions());
        var articles = await store.CountArticlesAsync();
        var now = DateTimeOffset.UtcNow;

        if (Environment.GetEnvironmentVariable("PROBE") is { } probe)
        {
            foreach (var round in new[] { 1, 2 })
            {
                var sw = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var i = 0; i < int.Parse(Environment.GetEnvironmentVariable("PROBE_N") ?? "100", CultureInfo.InvariantCulture); i++)
                {
                    _ = probe switch
                    {
                        "speakerq" => (await store.FindQuotesBySpeakerAsync(SyntheticArticles.LastNames[i % 30], 200)).Count,
                        "speaker" => (await answerer.AnswerAsync("what did " + SyntheticArticles.LastNames[i % 30] + " say?")).Quotes.Count,
                        "latest" => (await store.LatestQuotesAsync(20)).Count,
                        _ => (await store.SearchQuotesAsync(probe, 5)).Count + (await store.SearchArticlesAsync(probe, 3)).Count,
                    };
                }

                Console.WriteLine($"{probe}: {sw.Elapsed.TotalMilliseconds / int.Parse(Environment.GetEnvironmentVariable("PROBE_N") ?? "100", CultureInfo.InvariantCulture):0.00} ms each, CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / int.Parse(Environment.GetEnvironmentVariable("PROBE_N") ?? "100", CultureInfo.InvariantCulture):0.00} ms each");
            }

            return 0;
        }

        var random = new Random(7);
        for (var i = 0; i < warmup; i++)
        {
            await AskAsync(SyntheticQuestions.Next(random, kind));
        }

        var latencies = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var question = SyntheticQuestions.Next(random, kind);
            var started = Stopwatch.GetTimestamp();
            await AskAsync(question);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var asked = SyntheticQuestions.KindOf(question);
            (latencies.TryGetValue(asked, out var list) ? list : latencies[asked] = []).Add(elapsed);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)count;
        Console.WriteLine($"{articles:N0} articles, {count:N0} questions after {warmup} warm-up, {cores} core(s), read cache {(cache ? "on" : "off")}; load average {LoadAverage()}");
        Console.WriteLine(Row("kind", "questions", "p50 ms", "p99 ms", "max ms"));
        foreach (var (asked, list) in latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(Row(asked, list.Count, Percentile(list, 0.50), Percentile(list, 0.99), list.Max()));
        }

        var all = latencies.Values.SelectMany(l => l).ToList();
        Console.WriteLine(Row("all", all.Count, Percentile(all, 0.50), Percentile(all, 0.99), all.Max()));
        var (rss, peak) = Memory();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count / seconds:0} answers/s; allocated {allocated / 1024:0} KB per answer; managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB; RSS {rss:0} MB, peak {peak:0} MB"));
        if (store.ReadCache is { } readCache)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read cache: {readCache.Hits:N0} hits, {readCache.Misses:N0} misses ({readCache.HitRate:P0}), {readCache.Bytes / 1048576.0:0} MB held"));
        }

        return 0;

        async Task<Reply> AskAsync(string question)
        {
            if (question.StartsWith("what's new in ", StringComparison.Ordinal))
            {
                var reply = await briefer.BriefAsync(question["what's new in ".Length..].TrimEnd('?'), now);
                if (reply is not null)
                {
                    return reply;
                }
            }

            return await answerer.AnswerAsync(question);
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        values.Sort();
        return values[Math.Min(values.Count - 1, (int)(values.Count * p))];
    }

    private static (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status") : [])
        {
            var kb = () => double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = kb();
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = kb();
            }
        }

        return (rss, peak);
    }

    private static string Row(params object[] cells) => string.Join(" | ", cells.Select(c => string.Format(CultureInfo.InvariantCulture, "{0,10}", c is double d ? d.ToString("0.00", CultureInfo.InvariantCulture) : c)));

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
