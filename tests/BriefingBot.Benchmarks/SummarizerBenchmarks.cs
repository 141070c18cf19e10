using BenchmarkDotNet.Attributes;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Summarization alone (sentence splitting and choosing 3 highlights, no embedding model) over the first
/// 200 CNN/DailyMail dev articles in ../shared (tokenized, about 35 sentences each), one operation per
/// article: articles per second on one core = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
public class SummarizerBenchmarks
{
    private const int Articles = 200;

    private string[] _articles = [];

    [GlobalSetup]
    public void LoadArticles() =>
        _articles = Directory.GetFiles(SharedData.Get("eval", "cnndm-dev", "articles"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Take(Articles)
            .Select(File.ReadAllText)
            .ToArray();

    [Benchmark(OperationsPerInvoke = Articles)]
    public int SummarizeCnnDailyMailArticles()
    {
        var chosen = 0;
        foreach (var article in _articles)
        {
            var sentences = SentenceSplitter.Split(article).Select(s => s.Slice(article)).ToList();
            chosen += Summarizer.Select(sentences, 3).Count;
        }

        return chosen;
    }
}
