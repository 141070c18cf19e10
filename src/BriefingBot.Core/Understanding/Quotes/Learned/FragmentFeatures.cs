using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// What the fragment model looks at, for training and use alike: the words around a quotation that no rule
/// attributed, around each place its content could start, and around each place it could end. Features are
/// short strings ("s.prev=as"); the model is a weight per string.
/// </summary>
internal static class FragmentFeatures
{
    /// <summary>Content may start this many tokens before the opening mark.</summary>
    public const int StartWindow = 20;

    /// <summary>Content may end this many tokens after the closing mark.</summary>
    public const int EndWindow = 30;

    /// <summary>Whether the quotation is someone's words at all.</summary>
    public static List<string> Quote(List<Token> tokens, QuotedSpan quote, int sentenceStart, int sentenceEnd, int paragraph)
    {
        var words = 0;
        var capitalised = 0;
        for (var j = quote.Open + 1; j < quote.Close; j++)
        {
            if (tokens[j].IsWord)
            {
                words++;
                capitalised += tokens[j].IsCapitalized ? 1 : 0;
            }
        }

        var cueLeft = NearestCue(tokens, quote.Open - 1, sentenceStart - 1, -1);
        var cueRight = NearestCue(tokens, quote.Close + 1, sentenceEnd, 1);
        var f = new List<string>(16)
        {
            "a.bias",
            "a.words=" + Bucket(words),
            "a.prev1=" + Word(tokens, quote.Open - 1, sentenceStart, sentenceEnd),
            "a.prev2=" + Word(tokens, quote.Open - 2, sentenceStart, sentenceEnd),
            "a.next1=" + Word(tokens, quote.Close + 1, sentenceStart, sentenceEnd),
            "a.last=" + Word(tokens, quote.Close - 1, sentenceStart, sentenceEnd),
            "a.prevsuf=" + Suffix(tokens, quote.Open - 1, sentenceStart),
            "a.cueleft=" + (cueLeft < 0 ? "none" : Bucket(quote.Open - cueLeft)),
            "a.cueright=" + (cueRight < 0 ? "none" : Bucket(cueRight - quote.Close)),
            "a.title=" + (words > 0 && capitalised == words),
            "a.opens=" + (quote.Open == sentenceStart),
            "a.headline=" + (paragraph == 0),
        };
        if (cueLeft >= 0)
        {
            f.Add("a.cueleftword=" + tokens[cueLeft].Text.ToLowerInvariant());
        }

        return f;
    }

    /// <summary>Content starting at token <paramref name="start"/> (at most the opening mark).</summary>
    public static List<string> Start(List<Token> tokens, QuotedSpan quote, int sentenceStart, int start)
    {
        var commas = 0;
        var cueBetween = false;
        for (var j = start; j < quote.Open; j++)
        {
            commas += tokens[j].Text == "," ? 1 : 0;
            cueBetween |= IndirectCues.IsCue(tokens[j]);
        }

        var prev = Word(tokens, start - 1, sentenceStart, int.MaxValue);
        var atOpen = start == quote.Open;
        return
        [
            "s.open=" + atOpen,
            "s.prev=" + prev,
            "s.prev|open=" + prev + "|" + atOpen,
            "s.first=" + Word(tokens, start, sentenceStart, int.MaxValue),
            "s.prevsuf=" + Suffix(tokens, start - 1, sentenceStart),
            "s.prevcue=" + (start > sentenceStart && IndirectCues.IsCue(tokens[start - 1])),
            "s.dist=" + Bucket(quote.Open - start),
            "s.commas=" + Math.Min(2, commas),
            "s.cuebetween=" + cueBetween,
            "s.firstcap=" + tokens[start].IsCapitalized,
        ];
    }

    /// <summary>Content ending before token <paramref name="end"/> (at least just after the closing mark).</summary>
    public static List<string> End(List<Token> tokens, QuotedSpan quote, int sentenceEnd, int end)
    {
        var commas = 0;
        var cueBetween = false;
        var marks = false;
        for (var j = quote.Close + 1; j < end; j++)
        {
            commas += tokens[j].Text == "," ? 1 : 0;
            cueBetween |= IndirectCues.IsCue(tokens[j]);
            marks |= tokens[j].Kind == TokenKind.QuoteMark;
        }

        var next = Word(tokens, end, int.MinValue, sentenceEnd);
        var atClose = end == quote.Close + 1;
        return
        [
            "e.close=" + atClose,
            "e.last=" + Word(tokens, end - 1, int.MinValue, sentenceEnd),
            "e.next=" + next,
            "e.next|close=" + next + "|" + atClose,
            "e.inner|close=" + Word(tokens, quote.Close - 1, int.MinValue, sentenceEnd) + "|" + atClose,
            "e.dist=" + Bucket(end - quote.Close - 1),
            "e.commas=" + Math.Min(2, commas),
            "e.cuebetween=" + cueBetween,
            "e.marks=" + marks,
            "e.toend=" + Bucket(sentenceEnd - end),
        ];
    }

    private static int NearestCue(List<Token> tokens, int from, int stop, int step)
    {
        for (var j = from; j != stop && j >= 0 && j < tokens.Count && Math.Abs(j - from) < 25; j += step)
        {
            if (IndirectCues.IsCue(tokens[j]) && !tokens[j].IsCapitalized)
            {
                return j;
            }
        }

        return -1;
    }

    private static string Word(List<Token> tokens, int j, int sentenceStart, int sentenceEnd) =>
        j < Math.Max(0, sentenceStart) ? "<s>"
        : j >= Math.Min(tokens.Count, sentenceEnd) ? "</s>"
        : tokens[j].Kind switch
        {
            TokenKind.QuoteMark => "<q>",
            TokenKind.LineBreak => "<nl>",
            TokenKind.Word when tokens[j].IsCapitalized && j > sentenceStart => "<Cap>",
            _ => tokens[j].Text.ToLowerInvariant(),
        };

    private static string Suffix(List<Token> tokens, int j, int sentenceStart)
    {
        if (j < Math.Max(0, sentenceStart) || !tokens[j].IsWord)
        {
            return "-";
        }

        var w = tokens[j].Text;
        return w.EndsWith("ed", StringComparison.Ordinal) ? "ed"
            : w.EndsWith("ing", StringComparison.Ordinal) ? "ing"
            : w.EndsWith('s') ? "s"
            : "w";
    }

    private static string Bucket(int n) => n switch
    {
        <= 3 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        <= 5 => "4-5",
        <= 8 => "6-8",
        <= 12 => "9-12",
        _ => "13+",
    };
}
