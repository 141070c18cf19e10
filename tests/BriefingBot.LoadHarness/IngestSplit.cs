using System.Diagnostics;
using System.Globalization;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.LoadHarness;

/// <summary>
/// Where an ingest's time goes: the same files through the same components as "BriefingBot ingest", but with
/// understanding (read, extract, analyze, tag: all cores) and storing (the single writer, transactions of
/// <see cref="Transaction"/> articles) run one after the other per chunk, so each is timed alone. The real
/// ingest overlaps the two; its rate is bounded by the writer's time and by the total CPU over the cores.
/// </summary>
internal static class IngestSplit
{
    private const int Transaction = 512;

    public sealed record Split(int Articles, double UnderstandWallSeconds, double UnderstandCpuSeconds, double WriteWallSeconds, double WriteCpuSeconds)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"split ({Articles:N0} articles, in this process, one phase at a time): understanding {UnderstandCpuSeconds / Articles * 1000:0.00} CPU s per 1,000 ({UnderstandWallSeconds / Articles * 1000:0.00} s wall on {Environment.ProcessorCount} cores); writer {WriteCpuSeconds / Articles * 1000:0.00} CPU s per 1,000 ({WriteWallSeconds / Articles * 1000:0.00} s wall, one thread) = at most {Articles / WriteWallSeconds:0} articles/s for the writer alone");
    }

    public static Split Measure(string articleFolder, string dataFolder)
    {
        var files = ArticleFiles.InFolder(articleFolder).ToList();
        var extractor = new ArticleExtractor();
        var analyzer = new ArticleAnalyzer();
        var tagger = new RegionTagger();
        using var store = new SqliteArticleStore(new StorageOptions { DataDirectory = dataFolder, ReadCacheMegabytes = 0 });
        double understandWall = 0, understandCpu = 0, writeWall = 0, writeCpu = 0;
        for (var start = 0; start < files.Count; start += Transaction)
        {
            var chunk = files.Skip(start).Take(Transaction).ToList();
            var (understood, wall, cpu) = Timed(() =>
            {
                var result = new (ArticleDocument, ArticleAnalysis)[chunk.Count];
                Parallel.For(0, chunk.Count, i =>
                {
                    var document = extractor.Extract(File.ReadAllBytes(chunk[i]), Path.GetFileName(chunk[i]));
                    var analysis = analyzer.Analyze(document.Body, document.Title);
                    result[i] = (document, analysis with { Places = tagger.Tag(document.Title, document.Body, document.DefaultRegion) });
                });
                return result;
            });
            understandWall += wall;
            understandCpu += cpu;

            // On a thread of its own (named for profilers: perf shows it as "ingest-writer"), as the one writer.
            IReadOnlyList<SaveResult>? saved = null;
            var writer = new Thread(() => saved = store.SaveAllAsync(understood).GetAwaiter().GetResult()) { Name = "ingest-writer" };
            (_, wall, cpu) = Timed(() =>
            {
                writer.Start();
                writer.Join();
                return 0;
            });
            writeWall += wall;
            writeCpu += cpu;
            if (saved?.Count != chunk.Count)
            {
                throw new InvalidOperationException("The store did not save every article.");
            }
        }

        return new Split(files.Count, understandWall, understandCpu, writeWall, writeCpu);
    }

    private static (T Result, double WallSeconds, double CpuSeconds) Timed<T>(Func<T> work)
    {
        var cpuBefore = CpuSeconds();
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed.TotalSeconds, CpuSeconds() - cpuBefore);
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
