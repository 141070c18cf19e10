using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// A speaker described rather than named, next to a lower-case cue: before it ("a friend said",
/// "former presidential candidate Herman Cain said") or after it ("said another leading advocate, Andrew
/// Pincus"). Tried when the tight speaker phrases fail.
/// </summary>
internal static class DescribedSpeaker
{
    // A described speaker is short; longer runs are clauses.
    public const int MaxLooseWords = 8;

    // Words that end a described speaker after its cue: a frame ("said on Tuesday") or a clause ("who spoke").
    private static readonly HashSet<string> LooseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "before", "after", "while", "when", "who", "whom", "which", "that", "to", "as",
        "about", "via", "through", "from", "since", "because", "and", "but", "last", "this", "earlier", "later",
    };

    /// <summary>
    /// "a friend said", "former presidential candidate Herman Cain said", "the 43-year-old asked": up to eight
    /// words without punctuation, then a lower-case cue. The words must name someone: a capitalised word,
    /// a speaker noun, or a determiner in front.
    /// </summary>
    public static (int Start, int End, int Cue)? BeforeCue(List<Token> tokens, int k, int max)
    {
        if (LooseStops.Contains(tokens[k].Text) || QuoteFrameWords.LeadIns.Contains(tokens[k].Text))
        {
            return null; // "“...,” when Clinton blasted him": a new clause, not a speaker
        }

        var commas = 0;
        for (var v = k + 1; v < tokens.Count && v <= k + MaxLooseWords + 6; v++)
        {
            var t = tokens[v];
            if (t.Text == "," && commas < 2 && v > k + 1)
            {
                commas++; // "the assailant, John McGraw, told": an appositive inside the phrase
                continue;
            }

            if ((!t.IsWord && t.Text is not ("-" or "&" or "'" or "\u2019")) || (v >= max && commas == 0) || (commas == 0 && v > k + MaxLooseWords))
            {
                return null;
            }

            if (!TokenText.IsCue(t) || t.IsCapitalized)
            {
                continue;
            }

            if (commas == 1 || (commas == 2 && tokens[v - 1].Text != ","))
            {
                return null; // "..., the paper reported, citing" is a clause, not an appositive
            }

            var end = v;
            while (end - 1 > k && (TokenText.IsAdverb(tokens[end - 1]) || tokens[end - 1].Text == ","))
            {
                end--;
            }

            return NamesSomeone(tokens, k, Math.Min(end, k + MaxLooseWords)) ? (k, end, v) : null;
        }

        return null;
    }

    /// <summary>"said undecided voter Stephanie Hooton of Derry", "says a narrator": the words after the cue up to a frame or clause.</summary>
    public static (int Start, int End)? AfterCue(List<Token> tokens, int start, int max)
    {
        var end = start;
        if (LooseStops.Contains(tokens[start].Text) || !tokens[start].IsWord)
        {
            return null;
        }

        while (end < max && end < start + MaxLooseWords && (tokens[end].IsWord || tokens[end].Text is "-" or "&")
            && !(end > start && (LooseStops.Contains(tokens[end].Text) || QuoteFrameWords.FrameStarts.Contains(tokens[end].Text) || TokenText.IsAdverb(tokens[end])))
            && !TokenText.IsCue(tokens[end]))
        {
            end++;
        }

        while (end > start && !tokens[end - 1].IsWord)
        {
            end--;
        }

        return end > start && NamesSomeone(tokens, start, end) ? (start, end) : null;
    }

    /// <summary>The words name someone: a determiner and a noun, a capitalised word, or a speaker noun.</summary>
    private static bool NamesSomeone(List<Token> tokens, int start, int end)
    {
        if (end <= start || end - start > MaxLooseWords)
        {
            return false;
        }

        var lexicon = Lexicon.Lexicon.Instance;
        if (tokens[start].Is("a") || tokens[start].Is("an") || tokens[start].Is("the") || tokens[start].Is("one") || tokens[start].Is("another")
            || tokens[start].Is("his") || tokens[start].Is("her") || tokens[start].Is("their") || tokens[start].Is("its"))
        {
            return end - start >= 2;
        }

        for (var j = start; j < end; j++)
        {
            if ((tokens[j].IsCapitalized && !tokens[j].Is("I")) || lexicon.SpeakerNouns.Contains(tokens[j].Text))
            {
                return true;
            }
        }

        return false;
    }
}
