using System.Diagnostics;
using System.Globalization;
using BriefingBot.LoadHarness;
using BriefingBot.Tests.Shared;

// The load harness (see README "Load harness"): a synthetic archive through the real ingest, the real
// service in Release as its own process, a fake Bot Connector and a load generator in this process.
var options = HarnessOptions.Parse(args);
Console.WriteLine($"BriefingBot load harness: {options.Articles:N0} articles, {options.Connections} connections, {options.Conversations:N0} conversations, questions: {options.Questions}, " +
    $"{(options.Soak ? "soak " : string.Empty)}{options.Duration.TotalSeconds:0} s; load average {LoadAverage()}");

var dll = await ServiceProcess.BuildAsync();
var data = await ArchiveAsync(dll, options);
if (options.ArchiveOnly)
{
    Console.WriteLine($"archive ready: {data}");
    return 0;
}

await using var connector = new FakeConnector();
await connector.StartAsync();
await using var service = await ServiceProcess.StartAsync(dll, data);
Console.WriteLine($"service pid {service.Pid} at {service.Address}, connector at {connector.ServiceUrl}");

var run = new LoadRun(service.Address, connector, options.Connections, options.Conversations, options.Questions);
using var stop = new CancellationTokenSource();
var load = run.RunAsync(stop.Token);

await Task.Delay(options.Warmup); // warm-up turns are not measured
run.Drain();
run.ClearErrors();

var all = new List<double>();
var cpuStart = ProcessStats.CpuSeconds(service.Pid);
var clock = Stopwatch.StartNew();
Console.WriteLine(TableText.Row("elapsed s", "turns/s", "p50 ms", "p99 ms", "RSS MB", "errors"));
var minRss = double.MaxValue;
var maxRss = 0.0;
while (clock.Elapsed < options.Duration)
{
    var wait = options.Sample < options.Duration - clock.Elapsed ? options.Sample : options.Duration - clock.Elapsed;
    var sampleStart = clock.Elapsed;
    await Task.Delay(wait);
    var turns = run.Drain();
    var (p50, p99) = Percentiles.Of(turns);
    var (rss, _) = ProcessStats.MemoryMegabytes(service.Pid);
    minRss = Math.Min(minRss, rss);
    maxRss = Math.Max(maxRss, rss);
    all.AddRange(turns);
    Console.WriteLine(TableText.Row(clock.Elapsed.TotalSeconds, turns.Count / (clock.Elapsed - sampleStart).TotalSeconds, p50, p99, rss, run.Errors.Values.Sum()));
}

var seconds = clock.Elapsed.TotalSeconds;
var cpu = (ProcessStats.CpuSeconds(service.Pid) - cpuStart) / seconds * 100;
var (lastRss, peak) = ProcessStats.MemoryMegabytes(service.Pid);
await stop.CancelAsync();
await load;
all.AddRange(run.Drain());
var (allP50, allP99) = Percentiles.Of(all);

Console.WriteLine();
Console.WriteLine(TableText.Row("turns", "turns/s", "p50 ms", "p99 ms", "errors", "CPU %", "peak MB", "RSS MB"));
Console.WriteLine(TableText.Row(all.Count, all.Count / seconds, allP50, allP99, run.Errors.Values.Sum(), cpu, peak, lastRss));
foreach (var (kind, count) in run.Errors)
{
    Console.WriteLine($"  error: {kind} x{count}");
}

if (connector.Unexpected > 0)
{
    Console.WriteLine($"  unexpected connector calls: {connector.Unexpected}");
}

var (distinct, repeats) = run.Questions;
Console.WriteLine($"questions: {distinct:N0} distinct; {repeats / (double)Math.Max(1, distinct + repeats):P0} of turns repeated an earlier question (the most any cache could serve)");
Console.WriteLine($"RSS over the measured run: min {minRss:0} MB, max {maxRss:0} MB; CPU % is of one core; load average now {LoadAverage()}");
return run.Errors.Count == 0 ? 0 : 1;

// The archive for N articles, made once and reused: generated files, then "BriefingBot ingest" (the real code path).
static async Task<string> ArchiveAsync(string dll, HarnessOptions options)
{
    var root = Path.Combine(options.WorkDirectory, $"archive-{options.Articles}");
    var data = Path.Combine(root, "data");
    var done = Path.Combine(root, "complete");
    if (File.Exists(done))
    {
        Console.WriteLine($"archive: reusing {data} ({File.ReadAllText(done).Trim()})");
        return data;
    }

    // The generated articles are deterministic, so a folder written in full by an earlier run is reused (100k
    // take minutes to write); only the archive is rebuilt, which is what an ingest measurement wants.
    var files = Path.Combine(root, "articles");
    var written = Path.Combine(root, "articles-written");
    if (Directory.Exists(data))
    {
        Directory.Delete(data, recursive: true);
    }

    var clock = Stopwatch.StartNew();
    if (!File.Exists(written))
    {
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }

        new SyntheticArticles().WriteFolder(files, options.Articles);
        File.WriteAllText(written, options.Articles.ToString(CultureInfo.InvariantCulture));
    }

    var generated = clock.Elapsed.TotalSeconds;
    var loadBefore = LoadAverage();
    var cpuBefore = ProcessStats.ChildrenCpuSeconds();
    clock.Restart();
    var (exitCode, output) = await ServiceProcess.RunCliAsync(dll, "ingest", files, "--data", data);
    if (exitCode != 0)
    {
        throw new InvalidOperationException("Ingest failed:\n" + output);
    }

    var ingested = clock.Elapsed.TotalSeconds;
    var cpu = ProcessStats.ChildrenCpuSeconds() - cpuBefore;
    var summary = string.Create(CultureInfo.InvariantCulture,
        $"{options.Articles:N0} articles generated in {generated:0.0} s, ingested in {ingested:0.0} s = {options.Articles / ingested:0} articles/s, {cpu / options.Articles * 1000:0.00} CPU s per 1,000 articles (user+sys of the ingest process); load average {loadBefore} before, {LoadAverage()} after; {output.Split('\n').Last(l => l.Length > 0)}");
    Console.WriteLine("archive: " + summary);
    if (options.Split)
    {
        var split = IngestSplit.Measure(files, Path.Combine(root, "split-data"));
        Console.WriteLine("archive: " + split);
        summary += Environment.NewLine + split;
        Directory.Delete(Path.Combine(root, "split-data"), recursive: true);
    }

    File.WriteAllText(done, summary);
    return data;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
