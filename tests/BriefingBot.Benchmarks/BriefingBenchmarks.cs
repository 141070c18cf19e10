using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Region tagging (what ingestion adds per article) and briefing composition (clustering and ranking a
/// day's candidates) over the 84 PolNeAR dev articles in ../shared. Tagging is one operation per article.
/// </summary>
[MemoryDiagnoser]
public class BriefingBenchmarks
{
    private readonly RegionTagger _tagger = new();
    private string[] _articles = [];
    private BriefingArticle[] _candidates = [];
    private BriefingArea _area = null!;
    private DateTimeOffset _now;

    [GlobalSetup]
    public void LoadArticles()
    {
        _articles = Directory.GetFiles(SharedData.Get("eval", "polnear", "dev", "text"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        _now = new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero);
        _candidates = _articles.Select((text, i) =>
        {
            var title = text.Split('\n', 2)[0];
            var stored = new StoredArticle(i, title, text, null, _now.AddMinutes(-10 * i), $"Source {i % 7}", null, text.Split(". ").Take(3).ToList(), _now);
            return new BriefingArticle(stored, _tagger.Tag(title, text), []);
        }).ToArray();
        _area = new AreaDirectory().Find("North America")!;
    }

    [Benchmark(OperationsPerInvoke = 84)]
    public int TagDevArticles()
    {
        var places = 0;
        foreach (var article in _articles)
        {
            places += _tagger.Tag(null, article).Countries.Count;
        }

        return places;
    }

    /// <summary>One briefing over all 84 articles as the day's candidates.</summary>
    [Benchmark]
    public int ComposeBriefing() =>
        BriefingComposer.Compose(_area, _candidates, _now.AddDays(-1), _now, new BriefingOptions()).Stories.Count;
}
