using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "As Ms. Varga put it in a statement, the network is “offering a view you won't get elsewhere.”": a sentence
/// opened by "As X put it" (or "As X noted", "As X wrote") gives X the quotation that follows, not the subject
/// of the clause that holds it.
/// </summary>
internal static class AsFrame
{
    // The frame reaches the comma within this many tokens of its cue ("put it in a statement to a colleague in July,").
    private const int MaxFrame = 14;

    public static void Assign(List<Token> tokens, int[] sentenceOfToken, List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (!SpeakerModel.HoldsQuote(tokens, a))
            {
                continue;
            }

            var first = AttributionFinder.FirstTokenAt(tokens, a.Content[0].Start);
            var start = QuoteContext.SentenceStart(sentenceOfToken, first);
            if (Find(tokens, start, first) is not var (speaker, cue, comma) || comma < 0)
            {
                continue;
            }

            // The rules' speaker stands in the clause after the frame ("..., the network is “...”") or is missing.
            if (a.Speaker is { } s && AttributionFinder.FirstTokenAt(tokens, s.Start) < comma)
            {
                continue;
            }

            attributions[i] = a with { Speaker = TokenText.Span(tokens, speaker), Cue = TokenText.Span(tokens, cue, cue + 1) };
        }
    }

    /// <summary>The speaker, cue and closing comma of an "As X put it," frame opening at <paramref name="start"/>, before <paramref name="limit"/>.</summary>
    private static ((int Start, int End) Speaker, int Cue, int Comma)? Find(List<Token> tokens, int start, int limit)
    {
        if (start >= limit || !tokens[start].Is("as") || SpeakerPhrase.Forward(tokens, start + 1, limit) is not { } speaker)
        {
            return null;
        }

        var cue = speaker.End;
        while (cue < limit && TokenText.IsAdverb(tokens[cue]))
        {
            cue++;
        }

        if (cue >= limit || !(TokenText.IsCue(tokens[cue]) || tokens[cue].Text is "put" or "puts") || tokens[cue].IsCapitalized)
        {
            return null;
        }

        for (var j = cue + 1; j < limit && j <= cue + MaxFrame; j++)
        {
            if (tokens[j].Kind is TokenKind.QuoteMark or TokenKind.LineBreak)
            {
                return null;
            }

            if (tokens[j].Text == ",")
            {
                return (speaker, cue, j);
            }
        }

        return null;
    }
}
