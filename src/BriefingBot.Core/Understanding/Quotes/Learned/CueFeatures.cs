using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// What the cue model looks at: a word that may report speech or thought ("acknowledged", "wants", "found")
/// and its neighbours, each place its content could start after it, and each place the content could end.
/// </summary>
internal static class CueFeatures
{
    /// <summary>Content starts at most this many tokens after the cue ("told reporters on Monday that ...").</summary>
    public const int StartWindow = 8;

    /// <summary>Content runs at most this many tokens after the cue.</summary>
    public const int EndWindow = 70;

    public static List<string> Cue(List<Token> tokens, int cue, int sentenceStart, int sentenceEnd)
    {
        var w = tokens[cue].Text.ToLowerInvariant();
        var next = Word(tokens, cue + 1, sentenceStart, sentenceEnd);
        var prev = Word(tokens, cue - 1, sentenceStart, sentenceEnd);
        return
        [
            "c.bias",
            "c.w=" + w,
            "c.prev=" + prev,
            "c.prev2=" + Word(tokens, cue - 2, sentenceStart, sentenceEnd),
            "c.next=" + next,
            "c.next2=" + Word(tokens, cue + 2, sentenceStart, sentenceEnd),
            "c.w|next=" + w + "|" + next,
            "c.w|prev=" + w + "|" + prev,
            "c.pos=" + Bucket(cue - sentenceStart),
            "c.speaker=" + Speaker(tokens, cue, sentenceStart),
            "c.w|speaker=" + w + "|" + Speaker(tokens, cue, sentenceStart),
            "c.left=" + Bucket(sentenceEnd - cue),
        ];
    }

    public static List<string> Start(List<Token> tokens, int cue, int start, int sentenceEnd)
    {
        var w = tokens[cue].Text.ToLowerInvariant();
        var first = Word(tokens, start, cue, sentenceEnd);
        var dist = (start - cue).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            "cs.first=" + first,
            "cs.prev=" + Word(tokens, start - 1, cue, sentenceEnd),
            "cs.dist=" + dist,
            "cs.w|dist=" + w + "|" + dist,
            "cs.first|dist=" + first + "|" + dist,
            "cs.w|first=" + w + "|" + first,
        ];
    }

    public static List<string> End(List<Token> tokens, int cue, int end, int sentenceEnd)
    {
        var commas = 0;
        var marks = 0;
        for (var j = cue + 1; j < end; j++)
        {
            commas += tokens[j].Text == "," ? 1 : 0;
            marks += tokens[j].Kind == TokenKind.QuoteMark ? 1 : 0;
        }

        var next = Word(tokens, end, cue, sentenceEnd);
        var last = Word(tokens, end - 1, cue, sentenceEnd);
        var w = tokens[cue].Text.ToLowerInvariant();
        var toEnd = Bucket(sentenceEnd - end);
        return
        [
            "ce.toend=" + toEnd,
            "ce.w|toend=" + w + "|" + toEnd,
            "ce.w|next=" + w + "|" + next,
            "ce.next|dist=" + next + "|" + Bucket(end - cue),
            "ce.last=" + last,
            "ce.next=" + next,
            "ce.next2=" + Word(tokens, end + 1, cue, sentenceEnd),
            "ce.last|next=" + last + "|" + next,
            "ce.dist=" + Bucket(end - cue),
            "ce.commas=" + Math.Min(3, commas),
            "ce.openquote=" + (marks % 2 == 1),
        ];
    }

    /// <summary>What kind of speaker the rules find for the cue: a name, a pronoun, a speaker noun, something else, or none.</summary>
    private static string Speaker(List<Token> tokens, int cue, int sentenceStart)
    {
        if (cue <= sentenceStart || ReportSpeaker.BeforeCue(tokens, cue, sentenceStart, IndirectCues.Flags(tokens[cue])) is not { } s)
        {
            return "none";
        }

        var head = tokens[s.End - 1];
        return head.IsCapitalized ? "name"
            : SpeakerPhrase.IsPronoun(head) ? "pronoun"
            : Lexicon.Lexicon.Instance.SpeakerNouns.Contains(head.Text) ? "noun"
            : "other";
    }

    private static string Word(List<Token> tokens, int j, int sentenceStart, int sentenceEnd) =>
        j < Math.Max(0, sentenceStart) ? "<s>"
        : j >= Math.Min(tokens.Count, sentenceEnd) ? "</s>"
        : tokens[j].Kind switch
        {
            TokenKind.QuoteMark => "<q>",
            TokenKind.LineBreak => "<nl>",
            TokenKind.Word when tokens[j].IsCapitalized => "<Cap>",
            _ => tokens[j].Text.ToLowerInvariant(),
        };

    private static string Bucket(int n) => n switch
    {
        <= 3 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        <= 5 => "4-5",
        <= 8 => "6-8",
        <= 12 => "9-12",
        <= 20 => "13-20",
        <= 35 => "21-35",
        _ => "36+",
    };
}
