using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>A quotation that no rule attributed, with the sentence it sits in (token indexes).</summary>
internal readonly record struct UncoveredQuote(QuotedSpan Quote, int SentenceStart, int SentenceEnd);

/// <summary>What the rules found in a text, with the token facts the learned models read.</summary>
internal sealed record RuleAttributions(List<Token> Tokens, int[] SentenceOfToken, List<QuotedSpan> Quoted, List<Attribution> Attributions, List<UncoveredQuote> Uncovered);

/// <summary>
/// All attributions of a text, in order: direct quotes (<see cref="DirectQuoteFinder"/>), reported speech
/// (<see cref="IndirectSpeechFinder"/>, <see cref="SpeakerTurnFinder"/>), quoted labels (<see cref="LabelQuote"/>),
/// then the quotations no rule took, which the <see cref="FragmentModel"/> may attribute, and last the words no
/// attribution covers that the <see cref="CueModel"/> reads as cues.
/// </summary>
internal static class AttributionFinder
{
    public static (List<Token> Tokens, List<Attribution> Attributions) Find(string text, IReadOnlyList<TextSpan> sentenceSpans, FragmentModel? fragments, CueModel? cues)
    {
        var rules = ByRules(text, sentenceSpans);
        if (fragments is not null)
        {
            AddFragments(fragments, rules);
        }

        if (cues is not null)
        {
            CueReport.Add(cues, rules.Tokens, rules.SentenceOfToken, rules.Quoted, rules.Attributions);
        }

        rules.Attributions.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));
        return (rules.Tokens, rules.Attributions);
    }

    public static void AddFragments(FragmentModel model, RuleAttributions rules)
    {
        foreach (var u in rules.Uncovered)
        {
            if (FragmentQuote.Find(model, rules.Tokens, u.Quote, u.SentenceStart, u.SentenceEnd) is { } found)
            {
                rules.Attributions.Add(found);
            }
        }
    }

    /// <summary>What the rules find, and the quotations they leave: the fragment model's input, in training and in use.</summary>
    public static RuleAttributions ByRules(string text, IReadOnlyList<TextSpan> sentenceSpans)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentenceOfToken = SentenceOfToken(tokens, sentenceSpans);
        var quoted = QuotationMarks.Find(text, tokens);
        var attributions = DirectQuoteFinder.Find(text, tokens, quoted, sentenceOfToken);
        AddIndirect(tokens, sentenceOfToken, attributions);
        var uncovered = AddLabels(tokens, quoted, sentenceOfToken, attributions);
        return new RuleAttributions(tokens, sentenceOfToken, quoted, attributions, uncovered);
    }

    private static void AddIndirect(List<Token> tokens, int[] sentenceOfToken, List<Attribution> attributions)
    {
        var direct = attributions.ToList();
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && sentenceOfToken[k] == sentenceOfToken[start])
            {
                continue;
            }

            foreach (var found in IndirectSpeechFinder.Find(tokens, start, k).Concat(start == 0 ? SpeakerTurnFinder.Find(tokens) : []))
            {
                // Reported speech that overlaps an attributed direct quote or its cue is that quote's frame;
                // an unattributed quotation it overlaps is part of it ("X says it is “a disaster”", "PENCE: ...").
                var clashes = direct.Where(d => d.Content.Any(c => found.Content.Any(f => f.Overlaps(c)))
                    || (d.Cue is { } cue && found.Cue is { } fc && cue.Overlaps(fc))).ToList();
                if (clashes.All(d => d.Cue is null && d.Speaker is null && d.Content.All(c => found.Content.Any(f => f.Start <= c.Start + 1 + Math.Min(40, c.Length / 4) && c.End <= f.End + 1))))
                {
                    foreach (var d in clashes)
                    {
                        attributions.Remove(d);
                        direct.Remove(d);
                    }

                    attributions.Add(found);
                }
            }

            start = k;
        }
    }

    /// <summary>
    /// Quoted words that no report took may still be a speaker's, in a frame of their own (<see cref="LabelQuote"/>);
    /// the rest are left for the <see cref="FragmentModel"/>.
    /// </summary>
    private static List<UncoveredQuote> AddLabels(List<Token> tokens, List<QuotedSpan> quoted, int[] sentenceOfToken, List<Attribution> attributions)
    {
        var uncovered = new List<UncoveredQuote>();
        var taken = attributions.SelectMany(a => a.Content).ToList();
        foreach (var quote in quoted)
        {
            if (quote.Close < 0 || taken.Any(c => c.Start < tokens[quote.Close].Start && tokens[quote.Open].End < c.End))
            {
                continue;
            }

            var start = quote.Open;
            while (start > 0 && sentenceOfToken[start - 1] == sentenceOfToken[quote.Open])
            {
                start--;
            }

            if (LabelQuote.Find(tokens, quote, start) is { } label)
            {
                attributions.Add(label);
                continue;
            }

            var end = quote.Close;
            while (end < tokens.Count && sentenceOfToken[end] == sentenceOfToken[quote.Close])
            {
                end++;
            }

            uncovered.Add(new UncoveredQuote(quote, start, end));
        }

        return uncovered;
    }

    private static int[] SentenceOfToken(List<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var result = new int[tokens.Count];
        var s = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            while (s + 1 < sentences.Count && tokens[k].Start >= sentences[s + 1].Start)
            {
                s++;
            }

            // Line breaks belong to no sentence's words but must separate them.
            result[k] = tokens[k].Kind == TokenKind.LineBreak ? -1 - k : s;
        }

        return result;
    }
}
