using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Turns a token range [from, to) into the content of a report: cut where a comment on the report starts,
/// rejected when too short, broken by a line, or wholly one quotation (a direct quote, found elsewhere),
/// and <see cref="QuoteKind.Mixed"/> when it holds quoted words. Every reported-speech pattern ends here so
/// that all of them share one set of content rules.
/// </summary>
internal static class ReportedContent
{
    // Fewer words than this are a fragment, not a reported clause.
    public const int MinContentWords = 3;

    public static Attribution? Build(List<Token> tokens, int from, int to, int cue, (int Start, int End) speaker, int cueLength = 1, int minWords = MinContentWords) =>
        Build(tokens, from, to, cue, TokenText.Span(tokens, speaker), cueLength, minWords);

    public static Attribution? Build(List<Token> tokens, int from, int to, int cue, TextSpan? speaker, int cueLength = 1, int minWords = MinContentWords)
    {
        // Reported content ends where a comment on it starts: ", which forced her ...", "; ...", " — and he noted".
        if (cue < from)
        {
            for (var j = from + 3; j < to - 1; j++)
            {
                // A dash aside closed by a second dash is part of the report: "that a rift -- mainly A and B -- exists".
                if (IsDash(tokens[j]) && ClosingDash(tokens, j, to) is var close && close > 0)
                {
                    j = close;
                    continue;
                }

                if ((tokens[j].Text == "," && tokens[j + 1].Text is "which" or "who" or "whom" or "where")
                    || tokens[j].Text == ";" || IsDash(tokens[j]))
                {
                    to = j;
                    break;
                }
            }

            to = ContentBoundary.End(tokens, from, to, IsRelative(tokens, cue));
        }

        var words = 0;
        var quoteMarks = 0;
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Kind == TokenKind.LineBreak)
            {
                return null;
            }

            if (tokens[j].IsWord)
            {
                words++;
            }
            else if (tokens[j].Kind == TokenKind.QuoteMark)
            {
                quoteMarks++;
            }
        }

        if (words < minWords)
        {
            return null;
        }

        // A clause that is entirely one quotation is a direct quote, found elsewhere.
        if (tokens[from].Kind == TokenKind.QuoteMark && quoteMarks <= 2 && (to == from || tokens[to - 1].Kind == TokenKind.QuoteMark || tokens[to - 1].Text == ","))
        {
            return null;
        }

        var kind = quoteMarks >= 2 ? QuoteKind.Mixed : QuoteKind.Indirect;
        var content = TokenText.Span(tokens, from, to);
        return new Attribution(kind, [content], TokenText.Span(tokens, cue, cue + cueLength), speaker);
    }

    /// <summary>"who said", "who has long argued": the cue's subject is a relative pronoun.</summary>
    private static bool IsRelative(List<Token> tokens, int cue)
    {
        var j = cue - 1;
        while (j > 0 && TokenText.IsAdverb(tokens[j]))
        {
            j--;
        }

        return j >= 0 && (tokens[j].Is("who") || tokens[j].Is("which"));
    }

    private static bool IsDash(Token token) => token.Text is "\u2014" or "\u2013" or "--" or "-";

    /// <summary>
    /// The last token of the dash that closes an aside opened by the dash at <paramref name="open"/>, within a
    /// few words, or -1. A dash may be written as several tokens ("-", "-").
    /// </summary>
    private static int ClosingDash(List<Token> tokens, int open, int to)
    {
        var from = open + 1;
        while (from < to && IsDash(tokens[from]))
        {
            from++;
        }

        for (var j = from + 1; j < to - 1 && j < from + 15; j++)
        {
            if (IsDash(tokens[j]))
            {
                while (j + 1 < to - 1 && IsDash(tokens[j + 1]))
                {
                    j++;
                }

                return j;
            }
        }

        return -1;
    }
}
