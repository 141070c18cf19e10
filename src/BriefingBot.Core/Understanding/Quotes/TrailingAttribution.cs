using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "“You squeezed employees” to drive up the stock price, she said.": an attribution that closes the
/// sentence the quote opens, after more words; the clause up to it is what was said.
/// </summary>
internal static class TrailingAttribution
{
    /// <summary>A trailing ", she said." or ", said Warren." that ends the quote's sentence after more words.</summary>
    public static (TextSpan Cue, TextSpan Speaker, int CueToken, int ClauseEnd)? Find(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        if (quote.Close < 0)
        {
            return null;
        }

        var s = sentenceOfToken[quote.Close];
        var end = quote.Close + 1;
        while (end < tokens.Count && sentenceOfToken[end] == s && tokens[end].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            end++;
        }

        if (end < tokens.Count && sentenceOfToken[end] == s)
        {
            // Another quote or a line break before the sentence ends: only an attribution set off by commas
            // ("... and your pay, she said, referencing the “cross-sell” push") closes the clause.
            return tokens[end].Kind == TokenKind.QuoteMark ? Aside(tokens, quote.Close + 1, end) : null;
        }

        var last = end;
        while (last > quote.Close + 1 && TokenText.EndsSentence(tokens[last - 1]))
        {
            last--;
        }

        for (var comma = last - 2; comma > quote.Close + 1 && comma > last - 8; comma--)
        {
            if (tokens[comma].Text != ",")
            {
                continue;
            }

            if (TokenText.IsCue(tokens[comma + 1]) && SpeakerPhrase.Forward(tokens, comma + 2, last) is { } after && after.End == last)
            {
                return (TokenText.Span(tokens, comma + 1, comma + 2), TokenText.Span(tokens, after), comma + 1, comma);
            }

            if (SpeakerPhrase.Forward(tokens, comma + 1, last) is { } before && before.End + 1 == last && TokenText.IsCue(tokens[before.End]))
            {
                return (TokenText.Span(tokens, before.End, before.End + 1), TokenText.Span(tokens, before), before.End, comma);
            }

            break;
        }

        return null;
    }

    /// <summary>", she said," between a quoted phrase's clause and a later quote in the same sentence.</summary>
    private static (TextSpan Cue, TextSpan Speaker, int CueToken, int ClauseEnd)? Aside(List<Token> tokens, int from, int end)
    {
        for (var comma = from + 1; comma + 3 < end; comma++)
        {
            if (tokens[comma].Text != "," || SpeakerPhrase.Forward(tokens, comma + 1, end) is not { } who || who.End + 1 >= end
                || !TokenText.IsCue(tokens[who.End]) || tokens[who.End + 1].Text != ","
                || !(tokens[who.End - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[who.End - 1])))
            {
                continue;
            }

            return (TokenText.Span(tokens, who.End, who.End + 1), TokenText.Span(tokens, who), who.End, comma);
        }

        return null;
    }
}
