using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Pairs double quotation marks into quoted spans. Curly marks say which way they face; a straight
/// mark opens after space or at the start of a line and closes otherwise, so mixed styles
/// ("...” opened with a straight mark) still pair. A quote inside a quote (“ inside "...") nests
/// once. A line break closes a quote left open.
/// </summary>
internal static class QuotationMarks
{
    public static List<QuotedSpan> Find(string text, List<Token> tokens)
    {
        var spans = new List<QuotedSpan>();
        var open = -1;
        var depth = 0;
        var paragraph = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.LineBreak)
            {
                if (open >= 0 && k - open > 2)
                {
                    spans.Add(new QuotedSpan(open, -1, tokens[open].End, tokens[k - 1].End, paragraph));
                }

                open = -1;
                depth = 0;
                if (k + 1 < tokens.Count && tokens[k + 1].Kind != TokenKind.LineBreak)
                {
                    paragraph++;
                }

                continue;
            }

            if (token.Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var opens = Opens(text, token.Start);
            if (open < 0)
            {
                if (opens)
                {
                    open = k;
                }
            }
            else if (opens && text[token.Start] is not ('"' or '\'' or '\u201d') && k > open + 1)
            {
                depth++; // “ inside an open quote: a quote within the quote
            }
            else if (depth > 0)
            {
                depth--;
            }
            else if (!opens || text[token.Start] is '"' or '\'')
            {
                if (k > open + 1)
                {
                    spans.Add(new QuotedSpan(open, k, tokens[open].End, token.Start, paragraph));
                }

                open = -1;
            }
        }

        if (open >= 0 && tokens.Count - open > 2)
        {
            spans.Add(new QuotedSpan(open, -1, tokens[open].End, tokens[^1].End, paragraph));
        }

        return spans;
    }

    private static bool Opens(string text, int at)
    {
        var c = text[at];
        if (c is '\u201c' or '\u201e')
        {
            // “Apparently not,“ he said: an opening glyph glued to the words before it and followed by space
            // is a typo for a closing one.
            var glued = at > 0 && !char.IsWhiteSpace(text[at - 1]) && text[at - 1] is not ('(' or '[' or '\u2014' or '-' or '\u2013' or ':');
            return !glued || (at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]));
        }

        if (c == '\u201d')
        {
            // A closing glyph that starts a paragraph is a typo for an opening one (”Fear. I am ...”).
            return (at == 0 || text[at - 1] == '\n') && at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1]);
        }

        var before = at == 0 ? ' ' : text[at - 1];
        var width = c == '\'' ? 2 : 1;
        var after = at + width < text.Length ? text[at + width] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '-' or '\u2013' or ':')
            && !char.IsWhiteSpace(after);
    }
}
