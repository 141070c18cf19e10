using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Reports whose attribution follows the content, or interrupts it: <c>CLAUSE, X said.</c>,
/// <c>CLAUSE, said X.</c> and <c>A, X said, B.</c> The speaker sits between a comma and the cue (or right
/// after the cue), and nothing but a short frame may follow it.
/// </summary>
internal static class TrailingReport
{
    /// <summary><c>CLAUSE, X said (in a statement).</c> or <c>CLAUSE, said X.</c></summary>
    public static Attribution? Find(List<Token> tokens, int cue, int sentenceStart, int last)
    {
        if (IsFiller(tokens, cue, sentenceStart))
        {
            return null;
        }

        // said X. ("..., Ramirez, 58, told Reuters.": who is told is never who speaks.)
        if (cue - 1 > sentenceStart && tokens[cue - 1].Text == "," && !IsTell(tokens[cue])
            && SpeakerPhrase.Forward(tokens, cue + 1, last) is { } after)
        {
            var described = SpeakerAppositive.Extend(tokens, after);
            if (described.End > after.End || CueFrame.NoClauseAfter(tokens, after.End, last))
            {
                return ReportedContent.Build(tokens, sentenceStart, cue - 1, cue, described);
            }
        }

        var speaker = SpeakerPhrase.Backward(tokens, cue, sentenceStart);
        if (speaker is not { } named || named.Start - 1 <= sentenceStart || tokens[named.Start - 1].Text != ",")
        {
            speaker = AfterComma(tokens, cue, sentenceStart);
        }

        if (speaker is not { } s || s.Start - 1 <= sentenceStart || tokens[s.Start - 1].Text != ",")
        {
            return null;
        }

        // "..., a spokesman told The Wall Street Journal (on Monday).": the addressee is no clause.
        var afterCue = cue + 1;
        if (IndirectCues.Flags(tokens[cue]).HasFlag(Lexicon.CueFlags.Object) && SpeakerPhrase.Forward(tokens, afterCue, last) is { } addressee)
        {
            afterCue = addressee.End;
        }

        if (!CueFrame.NoClauseAfter(tokens, afterCue, last))
        {
            return Medial(tokens, cue, sentenceStart, last, s);
        }

        // "A, he said, have come from B": a short clause after the comma is still the report's second half.
        return (cue + 1 < last && tokens[cue + 1].Text == "," ? Medial(tokens, cue, sentenceStart, last, s) : null)
            ?? ReportedContent.Build(tokens, sentenceStart, s.Start - 1, cue, s);
    }

    /// <summary>"the question is why, you know, they asked": a spoken filler between commas reports nothing.</summary>
    private static bool IsFiller(List<Token> tokens, int cue, int sentenceStart)
    {
        if (cue - 2 < sentenceStart || cue + 1 >= tokens.Count || tokens[cue - 2].Text != "," || tokens[cue + 1].Text is not ("," or "—"))
        {
            return false;
        }

        var subject = tokens[cue - 1];
        return (subject.Is("you") && (tokens[cue].Is("know") || tokens[cue].Is("see"))) || (subject.Is("I") && tokens[cue].Is("mean"));
    }

    private static bool IsTell(Token cue) => cue.Text.ToLowerInvariant() is "told" or "tells" or "tell" or "telling";

    /// <summary>
    /// "..., a port spokesman said.": a short described source between a comma and the cue, for when the
    /// phrase finder knows no head noun in it. It opens with a determiner or a capital and holds only words.
    /// </summary>
    private static (int Start, int End)? AfterComma(List<Token> tokens, int cue, int sentenceStart)
    {
        for (var j = cue - 1; j > sentenceStart && j >= cue - 7; j--)
        {
            if (tokens[j].Text == ",")
            {
                var first = tokens[j + 1];
                return j + 1 < cue && (first.IsCapitalized || Determiners.Contains(first.Text)) ? (j + 1, cue) : null;
            }

            if (!tokens[j].IsWord || TokenText.IsCue(tokens[j]))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "one", "another", "two", "three", "several", "many", "some", "his", "her", "their", "its",
    };

    // After "X said," these open the writer's comment or another frame, not the rest of what was said.
    private static readonly HashSet<string> CommentOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "on", "in", "according", "who", "which", "as", "and", "but", "without",
    };

    /// <summary>
    /// <c>A, X said, B.</c>: the attribution sits inside the report ("Many of the closures, he said, have
    /// involved ...", "At one point, she said, she was ..."), whose content is both sides.
    /// <c>A, X said, a policy that ...</c> and <c>A, X said, adding ...</c> report A only.
    /// </summary>
    private static Attribution? Medial(List<Token> tokens, int cue, int sentenceStart, int last, (int Start, int End) speaker)
    {
        // A short frame may follow the cue: "he said Wednesday,", "officials said on Monday,".
        var comma = cue + 1;
        while (comma < last && comma < cue + 5 && tokens[comma].Text != "," && tokens[comma].IsWord && !tokens[comma].Is("that"))
        {
            comma++;
        }

        if (comma >= last - 1 || tokens[comma].Text != ",")
        {
            return null;
        }

        var rest = tokens[comma + 1];
        var comment = CommentOpeners.Contains(rest.Text) || (rest.IsWord && !rest.IsCapitalized && rest.Text.EndsWith("ing", StringComparison.Ordinal));
        var head = ReportedContent.Build(tokens, sentenceStart, speaker.Start - 1, cue, speaker, minWords: comment ? ReportedContent.MinContentWords : 2);
        if (head is null || comment)
        {
            return head;
        }

        var end = ContentBoundary.End(tokens, comma + 1, last);
        return end - (comma + 1) < 2 ? head : head with { Content = [.. head.Content, TokenText.Span(tokens, comma + 1, end)] };
    }
}
