using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// An attribution before the quote: <c>X said: "..."</c>, <c>X told Y "..."</c>, <c>X agreed, saying "..."</c>,
/// <c>Said Ellis: "..."</c>, a paragraph ending in "X continued:", and a sentence subject that hands over
/// with a colon or comma. A cue followed by more than a short frame is reported speech, left to the
/// indirect finder.
/// </summary>
internal static class SpeakerBeforeQuote
{
    /// <summary>The cue and speaker before the quote, or nulls (and -1).</summary>
    public static (TextSpan? Cue, TextSpan? Speaker, int CueToken) Find(List<Token> tokens, QuotedSpan quote, int[] sentenceOfToken)
    {
        var k = quote.Open - 1;
        if (k < 0)
        {
            return (null, null, -1);
        }

        // "Caddell continued:" closing the previous paragraph introduces a quote paragraph.
        if (tokens[k].Kind == TokenKind.LineBreak)
        {
            while (k >= 0 && tokens[k].Kind == TokenKind.LineBreak)
            {
                k--;
            }

            if (k < 0 || tokens[k].Text != ":")
            {
                return (null, null, -1);
            }
        }

        var colon = tokens[k].Text == ":";
        if (tokens[k].Text is ":" or ",")
        {
            k--;
        }

        var sentenceStart = QuoteContext.SentenceStart(sentenceOfToken, k);
        var window = colon || tokens[quote.Open - 1].Text == "," ? 14 : 7;
        for (var c = k; c >= 0 && c > k - window && c >= sentenceStart; c--)
        {
            var t = tokens[c];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.LineBreak)
            {
                break;
            }

            if (!TokenText.IsCue(t))
            {
                continue;
            }

            var flags = TokenText.CueFlags(t);
            if (c != k && !colon && !flags.HasFlag(Lexicon.CueFlags.Object) && !IsFrame(tokens, c + 1, quote.Open))
            {
                break; // "X said the plan was “a disaster”": reported speech, left to the indirect finder
            }

            var speaker = flags.HasFlag(Lexicon.CueFlags.Participle)
                ? (AfterClause(tokens, c, sentenceStart) ? LooseSubject.MainClause(tokens, sentenceStart, c) : null) ?? ParticipleSubject.Before(tokens, c, sentenceStart)
                : SpeakerPhrase.BeforeCue(tokens, c, sentenceStart);

            // "I laughed and said, “...”": the subject of the first verb speaks.
            if (speaker is null && c - 1 > sentenceStart && tokens[c - 1].Is("and"))
            {
                // "Silverman was joined on stage by Sen. Al Franken and joked, “...”": the sentence's subject,
                // not the nearest name, does the second verb.
                speaker = SentenceSubject.Opening(tokens, sentenceStart, c - 1) ?? ParticipleSubject.Before(tokens, c - 1, sentenceStart);
            }

            speaker ??= t.IsCapitalized ? null : ClauseSubject.Before(tokens, c, sentenceStart);

            // "Said Ellis: “...”": an inverted cue opening the sentence.
            if (speaker is null && t.IsCapitalized)
            {
                speaker = SpeakerPhrase.Forward(tokens, c + 1, quote.Open);
            }

            if (speaker is { } s)
            {
                return (TokenText.Span(tokens, c, c + 1), TokenText.Span(tokens, s), c);
            }

            break;
        }

        // "Tom Ridge, a former secretary, put it: “...”": the sentence's subject speaks what its colon hands over.
        // "Mr. Trump was prompted to say, “...”": the same with a comma, when a verb hands over.
        if ((colon || tokens[k + 1].Text == ",") && SentenceSubject.HandingOver(tokens, sentenceStart, k + 1, byComma: !colon) is { } subject)
        {
            return (TokenText.Span(tokens, k + 1, k + 2), TokenText.Span(tokens, subject), k + 1);
        }

        return (null, null, -1);
    }

    /// <summary>
    /// "Trump attacked Clinton for her support of military action in Iraq, saying", "Protesters looped the streets
    /// around the stadium, while chanting": a participle after a comma hangs on the main clause, whose subject
    /// speaks, not on the nearest name ("Iraq"), unless a name does the verb before the comma.
    /// </summary>
    private static bool AfterClause(List<Token> tokens, int participle, int sentenceStart)
    {
        var j = participle - 1;
        if (j > sentenceStart && tokens[j].Text is "while" or "before" or "after" or "as" or "when")
        {
            // "McConnell deflected questions about Mr. Trump before saying": the subordinated participle's
            // subject is the main clause's, comma or not.
            if (tokens[j].Text is "before" or "after" or "while")
            {
                return true;
            }

            j--;
        }

        // "an idea to which FM Cavusoglu agreed, saying": a verb right after a name hangs the participle on that name.
        var verbAfterName = j - 2 >= sentenceStart && tokens[j - 1].IsWord && !tokens[j - 1].IsCapitalized && tokens[j - 2].IsCapitalized;
        return j > sentenceStart && tokens[j].Text == "," && !verbAfterName;
    }

    /// <summary>
    /// What may stand between a cue and the quote it introduces: "that", adverbs ("adding later,"), or a
    /// prepositional frame ending in a comma or "that" ("says of Clinton,", "says on its website that").
    /// Anything else makes the quote part of reported speech.
    /// </summary>
    private static bool IsFrame(List<Token> tokens, int from, int open)
    {
        var end = open;
        while (end > from && (tokens[end - 1].Text is "," or ":" || tokens[end - 1].Is("that")))
        {
            end--;
        }

        var allAdverbs = true;
        for (var j = from; j < end; j++)
        {
            allAdverbs &= TokenText.IsAdverb(tokens[j]);
        }

        if (allAdverbs)
        {
            return true;
        }

        return end < open && QuoteFrameWords.FrameStarts.Contains(tokens[from].Text) && end - from <= 8;
    }
}
