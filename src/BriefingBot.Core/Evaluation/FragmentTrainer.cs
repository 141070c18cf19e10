using System.Globalization;
using System.Text;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// Trains the fragment model (<see cref="FragmentModel"/>) from articles with gold attribution contents: every
/// quotation the rules leave is an example; the gold content that holds its words (if any) says whether it is
/// someone's words and where the content starts and ends. Deterministic: a fixed order and a seeded shuffle.
/// </summary>
public static class FragmentTrainer
{
    /// <summary>One article: its text and the gold content pieces of each attribution.</summary>
    public sealed record Article(string Text, IReadOnlyList<IReadOnlyList<TextSpan>> Contents);

    /// <summary>Figures of one training run: examples seen, and how many of them are someone's words.</summary>
    public sealed record Result(string ModelText, int Examples, int Attributed, int Features);

    public static Result Train(IEnumerable<Article> articles, int epochs = 10)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var examples = new List<Example>();
        foreach (var article in articles)
        {
            var (tokens, _, uncovered) = AttributionFinder.ByRules(article.Text, SentenceSplitter.Split(article.Text));
            foreach (var u in uncovered)
            {
                examples.Add(Label(tokens, u, article.Contents));
            }
        }

        var attributed = new AveragedPerceptron();
        var start = new AveragedPerceptron();
        var end = new AveragedPerceptron();
        var random = new Random(1);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var e = examples[i];
                var says = attributed.Score(e.Quote) > 0;
                if (says != e.Gold.HasValue)
                {
                    attributed.Update(e.Gold.HasValue ? e.Quote : [], e.Gold.HasValue ? [] : e.Quote);
                }
                else
                {
                    attributed.Tick();
                }

                if (e.Gold is { } gold)
                {
                    Rank(start, e.Starts, gold.Start - e.FirstStart);
                    Rank(end, e.Ends, gold.End - e.FirstEnd);
                }
            }
        }

        var text = new StringBuilder();
        text.AppendLine("# Fragment model of the quote attribution (FragmentModel): feature TAB averaged weight.");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Written by `BriefingBot train-fragments` from {examples.Count} quotations left by the rules, {epochs} epochs.");
        var features = 0;
        foreach (var (feature, weight) in attributed.Averaged().Concat(start.Averaged()).Concat(end.Averaged()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(feature).Append('\t').AppendLine(weight.ToString("R", CultureInfo.InvariantCulture));
            features++;
        }

        return new Result(text.ToString(), examples.Count, examples.Count(e => e.Gold.HasValue), features);
    }

    private static void Rank(AveragedPerceptron model, List<List<string>> candidates, int gold)
    {
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < candidates.Count; c++)
        {
            var score = model.Score(candidates[c]);
            if (score > bestScore)
            {
                (best, bestScore) = (c, score);
            }
        }

        if (best != gold)
        {
            model.Update(candidates[gold], candidates[best]);
        }
        else
        {
            model.Tick();
        }
    }

    private sealed record Example(List<string> Quote, List<List<string>> Starts, List<List<string>> Ends, int FirstStart, int FirstEnd, (int Start, int End)? Gold);

    private static Example Label(List<Token> tokens, UncoveredQuote u, IReadOnlyList<IReadOnlyList<TextSpan>> contents)
    {
        var q = u.Quote;
        var (firstStart, lastEnd) = FragmentModel.Bounds(tokens, q, u.SentenceStart, u.SentenceEnd);
        var starts = new List<List<string>>();
        for (var p = firstStart; p <= q.Open; p++)
        {
            starts.Add(FragmentFeatures.Start(tokens, q, u.SentenceStart, p));
        }

        var ends = new List<List<string>>();
        for (var e = q.Close + 1; e <= lastEnd; e++)
        {
            ends.Add(FragmentFeatures.End(tokens, q, u.SentenceEnd, e));
        }

        (int, int)? gold = null;
        var inner = InnerWords(tokens, q);
        foreach (var pieces in contents)
        {
            foreach (var piece in pieces)
            {
                if (inner is { } w && piece.Start <= w.Start && w.End <= piece.End)
                {
                    var s = firstStart;
                    while (s < q.Open && tokens[s].Start < piece.Start)
                    {
                        s++;
                    }

                    var e = lastEnd;
                    while (e > q.Close + 1 && tokens[e - 1].End > piece.End)
                    {
                        e--;
                    }

                    gold = (s, e);
                    break;
                }
            }

            if (gold is not null)
            {
                break;
            }
        }

        return new Example(FragmentFeatures.Quote(tokens, q, u.SentenceStart, u.SentenceEnd, q.Paragraph), starts, ends, firstStart, q.Close + 1, gold);
    }

    private static TextSpan? InnerWords(List<Token> tokens, QuotedSpan q)
    {
        int first = -1, last = -1;
        for (var j = q.Open + 1; j < q.Close; j++)
        {
            if (tokens[j].IsWord)
            {
                first = first < 0 ? j : first;
                last = j;
            }
        }

        return first < 0 ? null : new TextSpan(tokens[first].Start, tokens[last].End);
    }
}
