using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// What the fragment model looks at, for training and use alike: the words around a quotation that no rule
/// attributed, around each place its content could start, and around each place it could end. Each feature is
/// a short text ("s.prev=as"), written into <see cref="Features"/>; the model is a weight per feature.
/// </summary>
internal static class FragmentFeatures
{
    /// <summary>Content may start this many tokens before the opening mark.</summary>
    public const int StartWindow = 20;

    /// <summary>Content may end this many tokens after the closing mark.</summary>
    public const int EndWindow = 30;

    /// <summary>Whether the quotation is someone's words at all.</summary>
    public static void Quote(Features f, List<Token> tokens, QuotedSpan quote, int sentenceStart, int sentenceEnd, int paragraph)
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
        f.Begin("a.bias").End();
        f.Begin("a.words=").Add(Bucket(words)).End();
        Word(f.Begin("a.prev1="), tokens, quote.Open - 1, sentenceStart, sentenceEnd).End();
        Word(f.Begin("a.prev2="), tokens, quote.Open - 2, sentenceStart, sentenceEnd).End();
        Word(f.Begin("a.next1="), tokens, quote.Close + 1, sentenceStart, sentenceEnd).End();
        Word(f.Begin("a.last="), tokens, quote.Close - 1, sentenceStart, sentenceEnd).End();
        f.Begin("a.prevsuf=").Add(Suffix(tokens, quote.Open - 1, sentenceStart)).End();
        f.Begin("a.cueleft=").Add(cueLeft < 0 ? "none" : Bucket(quote.Open - cueLeft)).End();
        f.Begin("a.cueright=").Add(cueRight < 0 ? "none" : Bucket(cueRight - quote.Close)).End();
        f.Begin("a.title=").Add(words > 0 && capitalised == words).End();
        f.Begin("a.opens=").Add(quote.Open == sentenceStart).End();
        f.Begin("a.headline=").Add(paragraph == 0).End();
        if (cueLeft >= 0)
        {
            f.Begin("a.cueleftword=").AddLower(tokens[cueLeft].Text).End();
        }
    }

    /// <summary>Content starting at token <paramref name="start"/> (at most the opening mark).</summary>
    public static void Start(Features f, List<Token> tokens, QuotedSpan quote, int sentenceStart, int start)
    {
        var commas = 0;
        var cueBetween = false;
        for (var j = start; j < quote.Open; j++)
        {
            commas += tokens[j].Text == "," ? 1 : 0;
            cueBetween |= IndirectCues.IsCue(tokens[j]);
        }

        var atOpen = start == quote.Open;
        f.Begin("s.open=").Add(atOpen).End();
        Word(f.Begin("s.prev="), tokens, start - 1, sentenceStart, int.MaxValue).End();
        Word(f.Begin("s.prev|open="), tokens, start - 1, sentenceStart, int.MaxValue).Add("|").Add(atOpen).End();
        Word(f.Begin("s.first="), tokens, start, sentenceStart, int.MaxValue).End();
        f.Begin("s.prevsuf=").Add(Suffix(tokens, start - 1, sentenceStart)).End();
        f.Begin("s.prevcue=").Add(start > sentenceStart && IndirectCues.IsCue(tokens[start - 1])).End();
        f.Begin("s.dist=").Add(Bucket(quote.Open - start)).End();
        f.Begin("s.commas=").Add(Math.Min(2, commas)).End();
        f.Begin("s.cuebetween=").Add(cueBetween).End();
        f.Begin("s.firstcap=").Add(tokens[start].IsCapitalized).End();
    }

    /// <summary>Content ending before token <paramref name="end"/> (at least just after the closing mark).</summary>
    public static void End(Features f, List<Token> tokens, QuotedSpan quote, int sentenceEnd, int end)
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

        var atClose = end == quote.Close + 1;
        f.Begin("e.close=").Add(atClose).End();
        Word(f.Begin("e.last="), tokens, end - 1, int.MinValue, sentenceEnd).End();
        Word(f.Begin("e.next="), tokens, end, int.MinValue, sentenceEnd).End();
        Word(f.Begin("e.next|close="), tokens, end, int.MinValue, sentenceEnd).Add("|").Add(atClose).End();
        Word(f.Begin("e.inner|close="), tokens, quote.Close - 1, int.MinValue, sentenceEnd).Add("|").Add(atClose).End();
        f.Begin("e.dist=").Add(Bucket(end - quote.Close - 1)).End();
        f.Begin("e.commas=").Add(Math.Min(2, commas)).End();
        f.Begin("e.cuebetween=").Add(cueBetween).End();
        f.Begin("e.marks=").Add(marks).End();
        f.Begin("e.toend=").Add(Bucket(sentenceEnd - end)).End();
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

    /// <summary>The word at <paramref name="j"/> in lower case, or what stands there: a sentence edge, a quotation mark, a name.</summary>
    internal static Features Word(Features f, List<Token> tokens, int j, int sentenceStart, int sentenceEnd, bool namesAtStart = false) =>
        j < Math.Max(0, sentenceStart) ? f.Add("<s>")
        : j >= Math.Min(tokens.Count, sentenceEnd) ? f.Add("</s>")
        : tokens[j].Kind switch
        {
            TokenKind.QuoteMark => f.Add("<q>"),
            TokenKind.LineBreak => f.Add("<nl>"),
            TokenKind.Word when tokens[j].IsCapitalized && (namesAtStart || j > sentenceStart) => f.Add("<Cap>"),
            _ => f.AddLower(tokens[j].Text),
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

    internal static string Bucket(int n) => n switch
    {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        < 0 => "<0",
        <= 5 => "4-5",
        <= 8 => "6-8",
        <= 12 => "9-12",
        _ => "13+",
    };
}
