using BriefingBot.Core.Understanding;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>The sentence(s) a quote stands in, so an answer can show it with its surroundings.</summary>
internal static class QuoteContext
{
    public static string For(ArticleAnalysis analysis, Quote quote)
    {
        var covered = analysis.Sentences
            .Where(s => quote.Content.Any(c => !c.IsEmpty && s.Span.Overlaps(c)))
            .OrderBy(s => s.Index)
            .Select(s => s.Text.Trim())
            .ToList();
        if (covered.Count > 0)
        {
            return string.Join(" ", covered);
        }

        // No usable span (e.g. an analyzer that only sets the sentence index): fall back to that sentence.
        if (quote.SentenceIndex >= 0 && quote.SentenceIndex < analysis.Sentences.Count)
        {
            return analysis.Sentences[quote.SentenceIndex].Text.Trim();
        }

        return quote.Text;
    }

    /// <summary>The summary sentences in article order; indexes outside the analysis are a broken analysis.</summary>
    public static IReadOnlyList<string> Summary(ArticleAnalysis analysis)
    {
        var summary = new List<string>();
        foreach (var index in analysis.SummarySentenceIndexes.Distinct().Order())
        {
            if (index < 0 || index >= analysis.Sentences.Count)
            {
                throw new ArgumentException(
                    $"The analysis names summary sentence {index}, but it has {analysis.Sentences.Count} sentences.", nameof(analysis));
            }

            summary.Add(analysis.Sentences[index].Text.Trim());
        }

        return summary;
    }
}
