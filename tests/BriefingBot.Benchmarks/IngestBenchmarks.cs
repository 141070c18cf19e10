using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Ingest of already-fetched feed items: the 84 PolNeAR dev articles as items with their own URLs, each
/// understood (sentences, people, quotes, summary), fingerprinted for near duplicates and saved in its own
/// SQLite transaction, into a fresh archive per iteration. One operation = one article, so articles per
/// second = 1 s / mean. Monitoring strategy: each iteration is a whole cold batch, not a hot loop.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 12)]
public class IngestBenchmarks
{
    private const int Articles = 84;
    private ArticleDocument[] _items = [];
    private string _folder = string.Empty;
    private SqliteArticleStore? _store;
    private ArticleIngestor? _ingestor;

    [GlobalSetup]
    public void LoadItems() =>
        _items = Directory.GetFiles(SharedData.Get("eval", "polnear", "dev", "text"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select((path, i) => new ArticleDocument(
                Title: Path.GetFileNameWithoutExtension(path),
                Body: File.ReadAllText(path),
                Author: "Wire Desk",
                PublishedAt: new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
                SourceName: "Benchmark Feed",
                Url: $"https://feed.example/items/{i}?utm_source=rss"))
            .ToArray();

    [IterationSetup]
    public void FreshArchive()
    {
        _folder = Path.Combine(Path.GetTempPath(), "briefingbot-bench", Guid.NewGuid().ToString("N"));
        _store = new SqliteArticleStore(new StorageOptions { DataDirectory = _folder });
        _ingestor = new ArticleIngestor(new ArticleExtractor(), new ArticleAnalyzer(), _store, Options.Create(new IngestionOptions()));
    }

    [IterationCleanup]
    public void DeleteArchive()
    {
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public async Task<int> IngestFetchedItems()
    {
        var stored = 0;
        foreach (var item in _items)
        {
            var result = await _ingestor!.IngestDocumentAsync(item, item.Url!);
            stored += result.Succeeded && !result.AlreadyStored ? 1 : 0;
        }

        return stored;
    }
}

/// <summary>The near-duplicate fingerprint alone (MinHash over word 3-shingles), per article.</summary>
[MemoryDiagnoser]
public class FingerprintBenchmarks
{
    private string[] _bodies = [];

    [GlobalSetup]
    public void LoadArticles() =>
        _bodies = Directory.GetFiles(SharedData.Get("eval", "polnear", "dev", "text"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    [Benchmark(OperationsPerInvoke = 84)]
    public int FingerprintDevArticles()
    {
        var fingerprinted = 0;
        foreach (var body in _bodies)
        {
            fingerprinted += NearDuplicates.Signature(body) is null ? 0 : 1;
        }

        return fingerprinted;
    }
}
