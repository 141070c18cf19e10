using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Benchmarks;

/// <summary>
/// The whole understanding pipeline (sentences, people, quotes, summary) over the 84 PolNeAR dev
/// articles in ../shared, one operation per article, so the result reads as time and allocation per
/// article; articles per second on one core = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class UnderstandingBenchmarks
{
    private readonly ArticleAnalyzer _analyzer = new();
    private string[] _articles = [];

    [GlobalSetup]
    public void LoadArticles() =>
        _articles = Directory.GetFiles(SharedData.Get("eval", "polnear", "dev", "text"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();

    [Benchmark(OperationsPerInvoke = 84)]
    public int AnalyzeDevArticles()
    {
        var quotes = 0;
        foreach (var article in _articles)
        {
            quotes += _analyzer.Analyze(article).Quotes.Count;
        }

        return quotes;
    }
}
