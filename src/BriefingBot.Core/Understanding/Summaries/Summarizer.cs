namespace BriefingBot.Core.Understanding.Summaries;

/// <summary>
/// Extractive summaries for briefings, answers and the summarize command. Each sentence is scored by a
/// small linear model over position, length, centrality (TextRank over shared words, closeness to the
/// article's word distribution, key words, headline echo) and readability cues (quotes, questions,
/// pronoun openings), learned from oracle extracts of journalists' highlights (CNN/DailyMail) and of
/// BBC's summaries; the best are taken without near-repeats and returned in article order. Works on raw
/// articles and on lowercased tokenized text alike.
/// </summary>
public static class Summarizer
{
    /// <summary>The indexes of the <paramref name="count"/> best sentences (a story's highlights), in article order.</summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<string> sentences, int count, string? title = null) =>
        Select(sentences, count, title, SummaryModel.Highlights);

    /// <summary>
    /// ⌈<paramref name="ratio"/> × sentence count⌉ sentences: at least that share, as the BBC News Summary
    /// references (and the lead baseline published with them) count it.
    /// </summary>
    public static IReadOnlyList<int> SelectByRatio(IReadOnlyList<string> sentences, double ratio, string? title = null) =>
        Select(sentences, CountForRatio(sentences.Count, ratio), title, SummaryModel.Extract);

    public static int CountForRatio(int sentenceCount, double ratio) =>
        sentenceCount == 0 ? 0 : Math.Max(1, (int)Math.Ceiling((ratio * sentenceCount) - 1e-9));


    internal static IReadOnlyList<int> Select(IReadOnlyList<string> sentences, int count, string? title, SummaryModel model)
    {
        if (sentences.Count == 0 || count <= 0)
        {
            return [];
        }

        if (count >= sentences.Count)
        {
            return Enumerable.Range(0, sentences.Count).ToList();
        }

        var document = SummaryDocument.Build(sentences, title);
        var scores = model.Score(SentenceFeatures.Compute(document, sentences, count, model.UsesWordsRank), sentences.Count);
        return Pick(document, scores, count, model.Redundancy);
    }

    /// <summary>The best-scoring sentences, skipping near-repeats of those already taken while others remain.</summary>
    internal static IReadOnlyList<int> Pick(SummaryDocument document, double[] scores, int count, Redundancy redundancy)
    {
        var order = new int[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        var chosen = new List<int>(count);
        if (redundancy == Redundancy.None)
        {
            chosen.AddRange(order.Take(count));
        }
        else
        {
            var trigrams = redundancy is Redundancy.Trigrams or Redundancy.TrigramsOrCoveredWords;
            var words = redundancy is Redundancy.CoveredWords or Redundancy.TrigramsOrCoveredWords;
            var seen = new HashSet<long>();
            var covered = new bool[document.Vocabulary];
            var skipped = new List<int>();
            foreach (var i in order)
            {
                if (chosen.Count == count)
                {
                    break;
                }

                if ((trigrams && SharesTrigram(document.Words[i], seen)) || (words && MostlyCovered(document.Content[i], covered)))
                {
                    skipped.Add(i);
                    continue;
                }

                chosen.Add(i);
                AddTrigrams(document.Words[i], seen);
                foreach (var w in document.Content[i])
                {
                    covered[w] = true;
                }
            }

            chosen.AddRange(skipped.Take(count - chosen.Count));
        }

        chosen.Sort();
        return chosen;
    }

    private static bool MostlyCovered(int[] content, bool[] covered)
    {
        var old = 0;
        foreach (var w in content)
        {
            old += covered[w] ? 1 : 0;
        }

        return content.Length > 0 && old * 2 > content.Length;
    }

    private static long Trigram(int[] words, int at) => ((long)words[at] << 42) ^ ((long)words[at + 1] << 21) ^ words[at + 2];

    private static bool SharesTrigram(int[] words, HashSet<long> seen)
    {
        for (var at = 0; at + 2 < words.Length; at++)
        {
            if (seen.Contains(Trigram(words, at)))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddTrigrams(int[] words, HashSet<long> seen)
    {
        for (var at = 0; at + 2 < words.Length; at++)
        {
            seen.Add(Trigram(words, at));
        }
    }
}
