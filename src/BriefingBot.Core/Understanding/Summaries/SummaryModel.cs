using System.Globalization;
using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Understanding.Summaries;

/// <summary>How near-repeats are kept out of a summary.</summary>
internal enum Redundancy
{
    None,

    /// <summary>Skip a sentence that shares a word trigram with one already chosen (Paulus et al. 2018), unless nothing else is left.</summary>
    Trigrams,

    /// <summary>Skip a sentence most of whose content words the chosen ones already hold, unless nothing else is left.</summary>
    CoveredWords,

    /// <summary>Both <see cref="Trigrams"/> and <see cref="CoveredWords"/>.</summary>
    TrigramsOrCoveredWords,
}

/// <summary>
/// The linear sentence scorer: one weight per <see cref="SentenceFeatures"/> feature (tanh hidden units and a
/// pairwise ranker were measured and did not beat it held out), learned from oracle
/// summaries by tools/BriefingBot.SummaryTraining and shipped as embedded Data/summary-model-*.txt files.
/// </summary>
internal sealed class SummaryModel
{
    private static readonly Lazy<SummaryModel> SharedHighlights = new(
        () => Parse(WordLists.Pairs(HighlightsFile)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<SummaryModel> SharedExtract = new(
        () => Parse(WordLists.Pairs(ExtractFile)), LazyThreadSafetyMode.ExecutionAndPublication);

    public const string HighlightsFile = "summary-model-highlights.txt";

    public const string ExtractFile = "summary-model-extract.txt";

    public SummaryModel(double[] weights, Redundancy redundancy)
    {
        if (weights.Length != SentenceFeatures.Count)
        {
            throw new ArgumentException($"A summary model needs {SentenceFeatures.Count} weights, not {weights.Length}.", nameof(weights));
        }

        Weights = weights;
        Redundancy = redundancy;
        UsesWordsRank = weights[Array.IndexOf(SentenceFeatures.Names, "textrank-words")] != 0
            || weights[Array.IndexOf(SentenceFeatures.Names, "textrank-words-rank")] != 0;
    }

    /// <summary>
    /// For a few sentences of a story (briefings, answers, <c>--sentences</c>): learned from CNN/DailyMail
    /// highlights, where the lead matters most and near-repeats waste a line.
    /// </summary>
    public static SummaryModel Highlights => SharedHighlights.Value;

    /// <summary>For a share of an article (<c>--ratio</c>): learned from BBC News Summary's 40% extracts, where centrality matters most.</summary>
    public static SummaryModel Extract => SharedExtract.Value;

    public double[] Weights { get; }

    public Redundancy Redundancy { get; }

    /// <summary>Whether the classic TextRank features carry weight: the highlights model zeroes them, so scoring skips that TextRank.</summary>
    public bool UsesWordsRank { get; }

    public double[] Score(double[] features, int sentences)
    {
        var f = SentenceFeatures.Count;
        var scores = new double[sentences];
        for (var i = 0; i < sentences; i++)
        {
            var row = features.AsSpan(i * f, f);
            var sum = 0.0;
            for (var k = 0; k < f; k++)
            {
                sum += row[k] * Weights[k];
            }

            scores[i] = sum;
        }

        return scores;
    }

    public static SummaryModel Parse(IEnumerable<(string Key, string Value)> pairs)
    {
        var weights = new double[SentenceFeatures.Count];
        var seen = new bool[SentenceFeatures.Count];
        var redundancy = Redundancy.None;
        foreach (var (key, value) in pairs)
        {
            if (key == "redundancy")
            {
                redundancy = Enum.Parse<Redundancy>(value, ignoreCase: true);
                continue;
            }

            var index = Array.IndexOf(SentenceFeatures.Names, key);
            if (index < 0)
            {
                throw new InvalidOperationException($"The summary model names an unknown feature '{key}'.");
            }

            weights[index] = double.Parse(value, CultureInfo.InvariantCulture);
            seen[index] = true;
        }

        var missing = SentenceFeatures.Names.Where((_, i) => !seen[i]).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The summary model lacks weights for {string.Join(", ", missing)}.");
        }

        return new SummaryModel(weights, redundancy);
    }

    public IEnumerable<string> Format()
    {
        yield return $"redundancy = {Redundancy.ToString().ToLowerInvariant()}";
        for (var k = 0; k < Weights.Length; k++)
        {
            yield return $"{SentenceFeatures.Names[k]} = {Weights[k].ToString("G9", CultureInfo.InvariantCulture)}";
        }
    }
}
