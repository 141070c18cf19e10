using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Answering;
using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.Benchmarks;

/// <summary>
/// One chat answer per question kind over a large synthetic archive (issue 8): the SQL behind the answers
/// is what limits turns per second once the archive holds thousands of articles. The archive is the one the
/// load harness builds through the real ingest (`dotnet run -c Release --project tests/BriefingBot.LoadHarness
/// -- --articles 10000 ...`), copied so this run's migrations never touch it; BENCH_ARCHIVE overrides its folder.
/// </summary>
[MemoryDiagnoser]
public class AnswerBenchmarks
{
    private string _folder = string.Empty;
    private SqliteArticleStore _store = null!;
    private Answerer _answerer = null!;

    [Params("what did Novak say?", "what's new in Central Asia?", "who is Chen Novak?", "help", "what's the weather tomorrow?")]
    public string Question { get; set; } = string.Empty;

    [GlobalSetup]
    public void OpenArchive()
    {
        var source = Environment.GetEnvironmentVariable("BENCH_ARCHIVE")
            ?? Path.Combine(Path.GetTempPath(), "briefingbot-load", "archive-10000", "data");
        if (!File.Exists(Path.Combine(source, "briefingbot.db")))
        {
            throw new InvalidOperationException(
                $"No archive in {source}: run the load harness with --articles 10000 once, or set BENCH_ARCHIVE to a data folder.");
        }

        _folder = Path.Combine(Path.GetTempPath(), "briefingbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(source, "briefingbot.db*"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        _store = new SqliteArticleStore(new StorageOptions { DataDirectory = _folder });
        _answerer = new Answerer(_store, new AnswerOptions());
    }

    [GlobalCleanup]
    public void DeleteArchive()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public Task<Core.Replies.Reply> Answer() => _answerer.AnswerAsync(Question);
}
