using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// What the speaker model looks at for one candidate phrase: where it stands from the quotation (before or
/// after it, in its sentence or the next or previous one, how near, how many candidates nearer), what kind of
/// phrase it is (pronoun, name, speaker noun), its neighbours (a cue after it, "said" before it, a preposition
/// that makes it an object) and whether the article already has it speaking. Names themselves are no feature,
/// so that what is learned carries over to people the training split never saw.
/// </summary>
internal static class SpeakerFeatures
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "by", "for", "with", "of", "at", "on", "from", "about", "against", "than", "like", "into", "over", "under", "toward", "towards",
        "through", "in", "across", "among", "around", "after", "before", "during", "near", "behind", "without", "within", "via", "per", "amid",
    };

    /// <summary>Where a candidate stands: B(efore) or A(fter) the quotation in its sentence, P(revious) or N(ext) sentence, I(nside) between its pieces.</summary>
    public static string Position(SpeakerSite site, (int Start, int End) c)
    {
        if (c.End <= site.First)
        {
            return site.SentenceOfToken[c.Start] == site.SentenceOfToken[site.First] ? "B" : "P";
        }

        if (c.Start > site.Last)
        {
            return site.SentenceOfToken[c.Start] == site.SentenceOfToken[site.Last] ? "A" : "N";
        }

        return "I";
    }

    public static void Candidate(Features f, SpeakerSite site, (int Start, int End) c, int rank, bool known, (int Start, int End)? rule, bool isRule)
    {
        var tokens = site.Tokens;
        var pos = Position(site, c);
        var dist = Bucket(SpeakerCandidates.Distance(site, c));
        var head = tokens[c.End - 1];
        var kind = Kind(head);
        var subject = c.Start == 0 || site.SentenceOfToken[c.Start - 1] != site.SentenceOfToken[c.Start] || tokens[c.Start - 1].Kind == TokenKind.LineBreak;
        var cueAfter = CueAfter(tokens, c.End, site.WindowEnd);
        // Each neighbour's class is looked up once: the cue lists are the costly part.
        var prev = Class(tokens, c.Start - 1);
        var next = Class(tokens, c.End);
        var next2 = Class(tokens, c.End + 1);
        var cueBefore = ReferenceEquals(prev, CueClass);
        var objectOf = c.Start > 0 && Prepositions.Contains(tokens[c.Start - 1].Text);
        var ownCue = site.Cue >= 0 && (c.End == site.Cue || c.Start == site.Cue + 1 || (c.End < site.Cue && CueAfter(tokens, c.End, site.Cue + 1)) || c.End == SubjectSlot(tokens, site.Cue, c.Start));

        f.Begin("s.pos=").Add(pos).End();
        f.Begin("s.pos|dist=").Add(pos).Add("|").Add(dist).End();
        f.Begin("s.pos|rank=").Add(pos).Add("|").Add(Math.Min(rank, 3)).End();
        f.Begin("s.kind=").Add(kind).End();
        f.Begin("s.pos|kind=").Add(pos).Add("|").Add(kind).End();
        f.Begin("s.poss=").Add(head.IsPossessive).End();
        Word(f.Begin("s.next2="), tokens, c.End + 1, next2).End();
        Word(f.Begin("s.pos|prev=").Add(pos).Add("|"), tokens, c.Start - 1, prev).End();
        Word(f.Begin("s.pos|next=").Add(pos).Add("|"), tokens, c.End, next).End();
        f.Begin("s.pos|subject=").Add(pos).Add("|").Add(subject).End();
        f.Begin("s.pos|cueafter=").Add(pos).Add("|").Add(cueAfter).End();
        f.Begin("s.pos|cuebefore=").Add(pos).Add("|").Add(cueBefore).End();
        f.Begin("s.pos|object=").Add(pos).Add("|").Add(objectOf).End();
        f.Begin("s.owncue=").Add(ownCue).End();
        f.Begin("s.known=").Add(known).End();
        f.Begin("s.kind|known=").Add(kind).Add("|").Add(known).End();
        f.Begin("s.kind|cueafter=").Add(kind).Add("|").Add(cueAfter).End();
        f.Begin("s.pos|opens=").Add(pos).Add("|").Add(Opens(site)).End();
        var chose = rule is null ? "none" : isRule ? "this" : "other";
        f.Begin("s.rule=").Add(chose).End();
        f.Begin("s.rule|pos=").Add(chose).Add("|").Add(pos).End();
        f.Begin("s.rule|kind=").Add(chose).Add("|").Add(kind).End();
        f.Begin("s.rule|owncue=").Add(chose).Add("|").Add(ownCue).End();
        Word(f.Begin("s.rule|prev=").Add(chose).Add("|"), tokens, c.Start - 1, prev).End();
        Word(f.Begin("s.rule|next=").Add(chose).Add("|"), tokens, c.End, next).End();
        f.Begin("s.rule|object=").Add(chose).Add("|").Add(objectOf).End();
        f.Begin("s.rule|subject=").Add(chose).Add("|").Add(subject).End();
        var shape = Shape(tokens[c.Start]);
        var headShape = head.IsPossessive ? "poss" : Shape(head);
        var nounCue = c.End < tokens.Count && tokens[c.End].IsWord && Lexicon.Lexicon.Instance.NounCues.Contains(tokens[c.End].Text);
        f.Begin("s.first=").Add(shape).End();
        f.Begin("s.last=").Add(headShape).End();
        f.Begin("s.rule|first=").Add(chose).Add("|").Add(shape).End();
        f.Begin("s.rule|last=").Add(chose).Add("|").Add(headShape).End();
        f.Begin("s.rule|nouncue=").Add(chose).Add("|").Add(nounCue).End();
        if (!head.IsCapitalized)
        {
            f.Begin("s.head=").AddLower(head.Text).End();
        }
    }

    /// <summary>The choice of no speaker: quotations no one is named for are slogans, titles and headlines.</summary>
    public static void None(Features f, SpeakerSite site, int candidates, bool ruled)
    {
        f.Begin("s.none").End();
        f.Begin("s.none|rule=").Add(ruled).End();
        f.Begin("s.none|opens=").Add(Opens(site)).End();
        f.Begin("s.none|cue=").Add(site.Cue >= 0).End();
        f.Begin("s.none|candidates=").Add(Bucket(candidates)).End();
        f.Begin("s.none|words=").Add(Bucket(site.Last - site.First + 1)).End();
    }

    /// <summary>How the quotation opens: P(aragraph), S(entence) or inside a sentence (W).</summary>
    private static string Opens(SpeakerSite site)
    {
        var open = site.First;
        while (open > 0 && site.Tokens[open - 1].Kind == TokenKind.QuoteMark)
        {
            open--;
        }

        if (open == 0 || site.Tokens[open - 1].Kind == TokenKind.LineBreak)
        {
            return "P";
        }

        return site.SentenceOfToken[open - 1] != site.SentenceOfToken[site.First] ? "S" : "W";
    }

    /// <summary>What a phrase's first or last word looks like: a garbage span ("Following a swiftly", "in 2010") shows in it.</summary>
    private static string Shape(Token t)
    {
        if (!t.IsWord)
        {
            return "punct";
        }

        if (SpeakerPhrase.IsPronoun(t))
        {
            return "pron";
        }

        var ing = t.Text.EndsWith("ing", StringComparison.Ordinal);
        if (t.IsCapitalized)
        {
            return SpeakerPhrase.NotNames.Contains(t.Text) ? "notname" : ing ? "Cap-ing" : "Cap";
        }

        if (Lexicon.Lexicon.Instance.SpeakerNouns.Contains(t.Text))
        {
            return "noun";
        }

        return t.Text is "the" or "a" or "an" or "his" or "her" or "their" or "its" ? "det" : char.IsDigit(t.Text[0]) ? "digit" : ing ? "lower-ing" : "lower";
    }

    private static string Kind(Token head) =>
        SpeakerPhrase.IsPronoun(head) ? head.Text.ToLowerInvariant() switch
        {
            "he" => "p:he",
            "she" => "p:she",
            "they" => "p:they",
            "we" => "p:we",
            "i" => "p:i",
            "it" => "p:it",
            "who" => "p:who",
            _ => "p:you",
        } : head.IsCapitalized ? "name" : head.Text == "which" ? "p:which" : "noun";

    /// <summary>A cue right after the phrase, past auxiliaries and adverbs ("Trump has repeatedly said").</summary>
    public static bool CueAfter(List<Token> tokens, int k, int max)
    {
        while (k < max && k < tokens.Count && TokenText.IsAdverb(tokens[k]))
        {
            k++;
        }

        return k < max && k < tokens.Count && tokens[k].IsWord && IndirectCues.IsCue(tokens[k]);
    }

    /// <summary>Where the subject of the cue at <paramref name="cue"/> ends: before the adverbs and time frame next to it ("who in 2010 said").</summary>
    private static int SubjectSlot(List<Token> tokens, int cue, int min)
    {
        while (cue - 1 > min && TokenText.IsAdverb(tokens[cue - 1]))
        {
            cue--;
        }

        return TimeFrame.StartBefore(tokens, cue, min);
    }

    private const string CueClass = "<cue>";

    /// <summary>How a neighbour is written into features: a class ("<Cap>", "<cue>", punctuation), or null for its own lower-case text.</summary>
    private static string? Class(List<Token> tokens, int k)
    {
        if (k < 0 || k >= tokens.Count)
        {
            return "<>";
        }

        var t = tokens[k];
        return t.Kind switch
        {
            TokenKind.LineBreak => "<br>",
            TokenKind.QuoteMark => "<q>",
            _ when !t.IsWord => t.Text,
            _ when t.IsCapitalized => "<Cap>",
            _ when IndirectCues.IsCue(t) => CueClass,
            _ => null,
        };
    }

    private static Features Word(Features f, List<Token> tokens, int k, string? wordClass) =>
        wordClass is null ? f.AddLower(tokens[k].Text) : f.Add(wordClass);

    private static int Bucket(int n) => n switch
    {
        <= 2 => n,
        <= 4 => 4,
        <= 8 => 8,
        <= 16 => 16,
        _ => 32,
    };
}
