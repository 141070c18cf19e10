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

    public static void Cue(Features f, List<Token> tokens, int cue, int sentenceStart, int sentenceEnd)
    {
        var w = tokens[cue].Text;
        var speaker = Speaker(tokens, cue, sentenceStart);
        f.Begin("c.bias").End();
        f.Begin("c.w=").AddLower(w).End();
        Word(f.Begin("c.prev="), tokens, cue - 1, sentenceStart, sentenceEnd).End();
        Word(f.Begin("c.prev2="), tokens, cue - 2, sentenceStart, sentenceEnd).End();
        Word(f.Begin("c.next="), tokens, cue + 1, sentenceStart, sentenceEnd).End();
        Word(f.Begin("c.next2="), tokens, cue + 2, sentenceStart, sentenceEnd).End();
        Word(f.Begin("c.w|next=").AddLower(w).Add("|"), tokens, cue + 1, sentenceStart, sentenceEnd).End();
        Word(f.Begin("c.w|prev=").AddLower(w).Add("|"), tokens, cue - 1, sentenceStart, sentenceEnd).End();
        f.Begin("c.pos=").Add(Bucket(cue - sentenceStart)).End();
        f.Begin("c.speaker=").Add(speaker).End();
        f.Begin("c.w|speaker=").AddLower(w).Add("|").Add(speaker).End();
        f.Begin("c.left=").Add(Bucket(sentenceEnd - cue)).End();
    }

    public static void Start(Features f, List<Token> tokens, int cue, int start, int sentenceEnd)
    {
        var w = tokens[cue].Text;
        var dist = start - cue;
        Word(f.Begin("cs.first="), tokens, start, cue, sentenceEnd).End();
        Word(f.Begin("cs.prev="), tokens, start - 1, cue, sentenceEnd).End();
        f.Begin("cs.dist=").Add(dist).End();
        f.Begin("cs.w|dist=").AddLower(w).Add("|").Add(dist).End();
        Word(f.Begin("cs.first|dist="), tokens, start, cue, sentenceEnd).Add("|").Add(dist).End();
        Word(f.Begin("cs.w|first=").AddLower(w).Add("|"), tokens, start, cue, sentenceEnd).End();
    }

    public static void End(Features f, List<Token> tokens, int cue, int end, int sentenceEnd)
    {
        var commas = 0;
        var marks = 0;
        for (var j = cue + 1; j < end; j++)
        {
            commas += tokens[j].Text == "," ? 1 : 0;
            marks += tokens[j].Kind == TokenKind.QuoteMark ? 1 : 0;
        }

        var w = tokens[cue].Text;
        var toEnd = Bucket(sentenceEnd - end);
        var dist = Bucket(end - cue);
        f.Begin("ce.toend=").Add(toEnd).End();
        f.Begin("ce.w|toend=").AddLower(w).Add("|").Add(toEnd).End();
        Word(f.Begin("ce.w|next=").AddLower(w).Add("|"), tokens, end, cue, sentenceEnd).End();
        Word(f.Begin("ce.next|dist="), tokens, end, cue, sentenceEnd).Add("|").Add(dist).End();
        Word(f.Begin("ce.last="), tokens, end - 1, cue, sentenceEnd).End();
        Word(f.Begin("ce.next="), tokens, end, cue, sentenceEnd).End();
        Word(f.Begin("ce.next2="), tokens, end + 1, cue, sentenceEnd).End();
        Word(Word(f.Begin("ce.last|next="), tokens, end - 1, cue, sentenceEnd).Add("|"), tokens, end, cue, sentenceEnd).End();
        f.Begin("ce.dist=").Add(dist).End();
        f.Begin("ce.commas=").Add(Math.Min(3, commas)).End();
        f.Begin("ce.openquote=").Add(marks % 2 == 1).End();
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

    private static Features Word(Features f, List<Token> tokens, int j, int sentenceStart, int sentenceEnd) =>
        FragmentFeatures.Word(f, tokens, j, sentenceStart, sentenceEnd, namesAtStart: true);

    // The fragment buckets, with the long end split further: cue distances run longer than fragment lengths.
    private static string Bucket(int n) => n switch
    {
        <= 12 => FragmentFeatures.Bucket(n),
        <= 20 => "13-20",
        <= 35 => "21-35",
        _ => "36+",
    };
}
