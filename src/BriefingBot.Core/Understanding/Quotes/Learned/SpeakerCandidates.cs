using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// One quotation to find a speaker for: its first and last content tokens, the sentences around it (the one
/// before, its own, the one after: where news writers name a speaker), its cue token (-1 when none) and which
/// tokens are quoted words, never a speaker.
/// </summary>
internal readonly record struct SpeakerSite(List<Token> Tokens, int[] SentenceOfToken, bool[] Quoted, int First, int Last, int WindowStart, int WindowEnd, int Cue);

/// <summary>
/// The phrases that may name the speaker of a quotation (<see cref="SpeakerModel"/> picks one): subject
/// pronouns ("he", "who"), names with their titles ("Sen. Bernie Sanders (Vt.)"), possessives ("Bolton’s") and
/// speaker nouns ("the newspaper", "a spokesman"), as <see cref="SpeakerPhrase.Backward"/> bounds them, outside
/// quotation marks, nearest first.
/// </summary>
internal static class SpeakerCandidates
{
    /// <summary>The nearest this many phrases are candidates: 8 scores as well as 10 and 16 (dev and train) at half the cost of 16.</summary>
    public const int MaxCandidates = 8;

    public static SpeakerSite Site(List<Token> tokens, int[] sentenceOfToken, bool[] quoted, Attribution attribution)
    {
        var first = AttributionFinder.FirstTokenAt(tokens, attribution.Content[0].Start);
        var last = Math.Max(first, AttributionFinder.FirstTokenAt(tokens, attribution.Content[^1].End - 1));
        var start = QuoteContext.SentenceStart(sentenceOfToken, first);
        var before = start - 1;
        while (before >= 0 && tokens[before].Kind == TokenKind.LineBreak)
        {
            before--;
        }

        start = before >= 0 ? QuoteContext.SentenceStart(sentenceOfToken, before) : start;
        var end = SentenceEnd(sentenceOfToken, last);
        while (end < tokens.Count && tokens[end].Kind == TokenKind.LineBreak)
        {
            end++;
        }

        end = end < tokens.Count ? SentenceEnd(sentenceOfToken, end) : end;
        var cue = attribution.Cue is { } c ? AttributionFinder.FirstTokenAt(tokens, c.Start) : -1;
        return new SpeakerSite(tokens, sentenceOfToken, quoted, first, last, start, end, cue);
    }

    private static int SentenceEnd(int[] sentenceOfToken, int k)
    {
        var end = k + 1;
        while (end < sentenceOfToken.Length && sentenceOfToken[end] == sentenceOfToken[k])
        {
            end++;
        }

        return end;
    }

    /// <summary>Tokens inside quotation marks (to the end of the line for a quotation left open).</summary>
    public static bool[] QuotedTokens(List<Token> tokens, List<QuotedSpan> quoted)
    {
        var mask = new bool[tokens.Count];
        foreach (var q in quoted)
        {
            var close = q.Close < 0 ? tokens.Count - 1 : q.Close;
            for (var k = q.Open; k <= close && k < tokens.Count && tokens[k].Kind != TokenKind.LineBreak; k++)
            {
                mask[k] = true;
            }
        }

        return mask;
    }

    /// <summary>The candidates of <paramref name="site"/>, nearest to its content first, into <paramref name="into"/>.</summary>
    public static void Find(SpeakerSite site, List<TextSpan> content, List<(int Start, int End)> into)
    {
        into.Clear();
        var lexicon = Lexicon.Lexicon.Instance;

        // Outward from the content, each side stops once it has as many as can be kept: the nearest ones are kept.
        var found = 0;
        for (var k = site.First - 1; k >= site.WindowStart && found < MaxCandidates; k--)
        {
            found += TryAdd(site, content, k, lexicon, into);
        }

        for (var k = site.First; k <= site.Last; k++)
        {
            TryAdd(site, content, k, lexicon, into);
        }

        found = 0;
        for (var k = site.Last + 1; k < site.WindowEnd && found < MaxCandidates; k++)
        {
            found += TryAdd(site, content, k, lexicon, into);
        }

        into.Sort((a, b) => Distance(site, a) != Distance(site, b) ? Distance(site, a).CompareTo(Distance(site, b)) : a.Start.CompareTo(b.Start));
        if (into.Count > MaxCandidates)
        {
            into.RemoveRange(MaxCandidates, into.Count - MaxCandidates);
        }
    }

    /// <summary>Adds the phrase that ends at token <paramref name="k"/>, if one does; returns how many were added.</summary>
    private static int TryAdd(SpeakerSite site, List<TextSpan> content, int k, Lexicon.Lexicon lexicon, List<(int Start, int End)> into)
    {
        var tokens = site.Tokens;
        var t = tokens[k];
        if (!t.IsWord || site.Quoted[k] || Inside(content, t.Start))
        {
            return 0;
        }

        // "the police department which reported “...”": a relative "which" right before its cue is the source as written.
        if (SpeakerPhrase.IsPronoun(t) || (t.Text == "which" && SpeakerFeatures.CueAfter(tokens, k + 1, site.WindowEnd)))
        {
            into.Add((k, k + 1));
            return 1;
        }

        var name = SpeakerPhrase.IsNameWord(t, lexicon);
        if (!name && (t.IsCapitalized || !lexicon.SpeakerNouns.Contains(t.Text)))
        {
            return 0;
        }

        // The phrase ends at its last name word or noun: "Sen. Bernie Sanders", "the party's chairman".
        if (!t.IsPossessive && k + 1 < site.WindowEnd && !site.Quoted[k + 1] && (name ? SpeakerPhrase.IsNameWord(tokens[k + 1], lexicon) : lexicon.SpeakerNouns.Contains(tokens[k + 1].Text)))
        {
            return 0;
        }

        // A phrase starts at most 12 tokens back, in its sentence, after any quoted words or content.
        var min = Math.Max(site.WindowStart, k - 12);
        for (var j = k - 1; j >= min; j--)
        {
            if (site.Quoted[j] || site.SentenceOfToken[j] != site.SentenceOfToken[k] || Inside(content, tokens[j].Start))
            {
                min = j + 1;
                break;
            }
        }

        var end = k + 1 < site.WindowEnd && tokens[k + 1].Text == "(" && Parenthesis(tokens, k + 1, site.WindowEnd) is var close && close > 0 ? close + 1 : k + 1;
        into.Add(SpeakerPhrase.Backward(tokens, end, min) ?? (k, k + 1));
        return 1;
    }

    /// <summary>Tokens between a candidate and the content; 0 for one inside it (between its pieces).</summary>
    public static int Distance(SpeakerSite site, (int Start, int End) candidate) =>
        candidate.End <= site.First ? site.First - candidate.End : candidate.Start > site.Last ? candidate.Start - site.Last - 1 : 0;

    private static int Parenthesis(List<Token> tokens, int open, int max)
    {
        for (var j = open + 1; j < max && j < open + 8; j++)
        {
            if (tokens[j].Text == ")")
            {
                return j;
            }
        }

        return -1;
    }

    private static bool Inside(List<TextSpan> content, int offset)
    {
        foreach (var c in content)
        {
            if (c.Start <= offset && offset < c.End)
            {
                return true;
            }
        }

        return false;
    }
}
