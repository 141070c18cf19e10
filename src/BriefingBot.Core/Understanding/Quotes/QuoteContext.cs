using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Facts about one quotation that every attribution step asks: where it stands in its sentence and
/// paragraph, and how many and what kind of words it holds.
/// </summary>
internal static class QuoteContext
{
    /// <summary>The first token of the sentence that holds token <paramref name="k"/>.</summary>
    public static int SentenceStart(int[] sentenceOfToken, int k)
    {
        if (k < 0)
        {
            return 0;
        }

        var s = sentenceOfToken[k];
        var start = k;
        while (start > 0 && sentenceOfToken[start - 1] == s)
        {
            start--;
        }

        return start;
    }

    /// <summary>The quote opens its sentence: a quoted sentence of its own, not words quoted inside one.</summary>
    public static bool StartsSentence(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken) =>
        quote.Open == 0 || sentenceOfToken[quote.Open - 1] != sentenceOfToken[quote.Open] || tokens[quote.Open - 1].Kind == TokenKind.LineBreak;

    /// <summary>The first token of the quote's sentence when words precede the quote in it (no other quote between).</summary>
    public static int? SentenceStartBefore(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        var k = quote.Open - 1;
        var s = sentenceOfToken[quote.Open];
        while (k >= 0 && sentenceOfToken[k] == s && tokens[k].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak))
        {
            k--;
        }

        return k >= 0 && sentenceOfToken[k] == s ? null : k + 1;
    }

    /// <summary>The quote opens its paragraph.</summary>
    public static bool StartsParagraph(List<Token> tokens, QuotedSpan quote) =>
        quote.Open == 0 || tokens[quote.Open - 1].Kind == TokenKind.LineBreak;

    /// <summary>
    /// A short quotation in title case names a work or a slogan ("Morning Joe", "A Change Is Gonna Come"),
    /// not words someone said.
    /// </summary>
    public static bool IsTitle(List<Token> tokens, QuotedSpan quote)
    {
        var end = quote.Close < 0 ? tokens.Count : quote.Close;
        var words = 0;
        for (var k = quote.Open + 1; k < end && tokens[k].Kind != TokenKind.LineBreak; k++)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                if (t.Text is "." or "?" or "!")
                {
                    return false; // a sentence, even a short one
                }

                continue;
            }

            words++;
            if (!t.IsCapitalized && t.Text.Length > 3)
            {
                return false; // "of", "the" and "and" may stay lower case in titles
            }
        }

        return words is > 0 and <= 7;
    }

    /// <summary>The words inside the quote (to the end of its line when it is left open).</summary>
    public static int CountWords(List<Token> tokens, QuotedSpan quote)
    {
        var end = quote.Close < 0 ? tokens.Count : quote.Close;
        var words = 0;
        for (var k = quote.Open + 1; k < end && tokens[k].Kind != TokenKind.LineBreak; k++)
        {
            if (tokens[k].IsWord)
            {
                words++;
            }
        }

        return words;
    }
}
