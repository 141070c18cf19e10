using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.Sentences;

/// <summary>
/// Penn-Treebank-tokenized text, as research corpora ship news (CNN/DailyMail: "( cnn ) -- he said ,
/// `` we do n't know . '' the talks ended ."): every word and punctuation mark is a space-separated token,
/// so a sentence ends at a lone '.', '!' or '?' token whatever the case of the next word, and the closing
/// quote (<c>''</c>) or bracket (<c>-rrb-</c>, ')') after it stays with the sentence.
/// </summary>
internal static class TokenizedText
{
    // At least this many marks, nearly all standing alone, before we call text tokenized: raw prose writes
    // "word," and "word.", with at most the odd spaced mark; abbreviations keep their dot in both forms.
    private const int MinimumMarks = 3;
    private const double SpacedShare = 0.9;

    // Only a lone '.', '!' or '?' ends a sentence: a lone ellipsis is mostly a pause inside a quote ("progress ... but").
    private static readonly HashSet<string> Trailing = new(StringComparer.Ordinal) { ".", "!", "?", "...", "\u2026" };

    private static readonly HashSet<string> Closers = new(StringComparer.OrdinalIgnoreCase)
    {
        "''", "'", "\"", "\u201d", "\u2019", ")", "]", "-rrb-", "-rsb-",
    };

    /// <summary>True when the text's commas and sentence-final marks stand alone as tokens ("said , `` we").</summary>
    public static bool Looks(string text)
    {
        int marks = 0, spaced = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (',' or '.' or '!' or '?') || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
            {
                continue; // not a mark, or inside a token: "3.5", "1,000", "yahoo!news"
            }

            if (text[i] == '.' && DottedToken(text, i))
            {
                continue; // "u.s.", "bros.", an ellipsis: tokenizers keep these dots attached
            }

            marks++;
            spaced += i == 0 || char.IsWhiteSpace(text[i - 1]) ? 1 : 0;
        }

        return marks >= MinimumMarks && spaced >= SpacedShare * marks;
    }

    // The full stop closes a token that has another dot in it ("u.s.", "...") or is a known abbreviation ("bros.").
    private static bool DottedToken(string text, int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var token = text.AsSpan(start, period - start);
        return token.Contains('.') || (token.Length > 0 && Lexicon.Lexicon.Instance.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token));
    }

    public static void Split(string text, List<TextSpan> spans)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is '\n' or '\r')
            {
                Add(spans, text, start, i);
                start = ++i;
                continue;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var end = TokenEnd(text, i);
            if (end - i == 1 && text[i] is '.' or '!' or '?')
            {
                // Further terminators (". . .") and closing quotes or brackets belong to this sentence.
                var last = end;
                var next = SkipSpaces(text, end);
                while (next < text.Length && text[next] is not ('\n' or '\r'))
                {
                    var nextEnd = TokenEnd(text, next);
                    var token = text.AsSpan(next, nextEnd - next);
                    if (!Trailing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token) && !Closers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token))
                    {
                        break;
                    }

                    last = nextEnd;
                    next = SkipSpaces(text, nextEnd);
                }

                Add(spans, text, start, last);
                start = i = last;
                continue;
            }

            i = end;
        }

        Add(spans, text, start, text.Length);
    }

    private static int TokenEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\u00a0')
        {
            at++;
        }

        return at;
    }

    internal static void Add(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
