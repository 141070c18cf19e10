using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// Turns the <see cref="FragmentModel"/>'s span into an attribution: the content as the model bounds it, the
/// speaker as the rules find it for the nearest cue before the content ("Trump urged his supporters to ..."),
/// or for the verb the content follows when that verb is not in the cue lists ("Reid has been pounding ...").
/// </summary>
internal static class FragmentQuote
{
    public static Attribution? Find(FragmentModel model, List<Token> tokens, QuotedSpan quote, int sentenceStart, int sentenceEnd)
    {
        if (model.Decide(tokens, quote, sentenceStart, sentenceEnd) is not var (start, end))
        {
            return null;
        }

        // "On an episode of “The Steve Harvey Morning Show,” she said ...": a short title-case quotation taken on its
        // own names a show, book or song, not words someone said.
        if (start >= quote.Open && end <= quote.Close + 1 && QuoteContext.CountWords(tokens, quote) > 1 && QuoteContext.IsTitle(tokens, quote))
        {
            return null;
        }

        var (cue, speaker) = SpeakerBefore(tokens, start, sentenceStart);
        return new Attribution(
            QuoteKind.Mixed,
            [TokenText.Span(tokens, start, end)],
            cue >= 0 ? TokenText.Span(tokens, cue, cue + 1) : null,
            speaker is { } s ? TokenText.Span(tokens, s) : null);
    }

    /// <summary>
    /// The cue and speaker for words quoted inside a sentence, from what stands before them: the nearest cue
    /// ("Trump urged his supporters to “...”"), else the verb the words follow ("Trump attacked “...”"), else
    /// the sentence's subject ("Trump went after Bush, mocking his “low energy”"). Cue -1 when there is none.
    /// </summary>
    public static (int Cue, (int Start, int End)? Speaker) SpeakerBefore(List<Token> tokens, int start, int sentenceStart)
    {
        var cue = -1;
        for (var j = start - 1; j >= sentenceStart && j >= start - 12; j--)
        {
            if (tokens[j].Kind is TokenKind.QuoteMark or TokenKind.LineBreak)
            {
                break;
            }

            if (IndirectCues.IsCue(tokens[j]) && !tokens[j].IsCapitalized)
            {
                cue = j;
                break;
            }
        }

        if (cue < 0 && start - 1 > sentenceStart && tokens[start - 1].IsWord && !tokens[start - 1].IsCapitalized)
        {
            cue = start - 1;
        }

        var speaker = cue > sentenceStart ? ReportSpeaker.BeforeCue(tokens, cue, sentenceStart, IndirectCues.Flags(tokens[cue])) : null;
        if (speaker is { } found && !Plausible(tokens, found))
        {
            speaker = null; // better no speaker than "Following a swiftly" or "the primary requirement"
        }

        // "Trump went after Bush, mocking his “low energy”": the sentence's subject is the likeliest speaker.
        if (speaker is null && start > sentenceStart && LooseSubject.MainClause(tokens, sentenceStart, start) is { } subject && Plausible(tokens, subject))
        {
            speaker = subject;
        }

        return (cue, speaker);
    }

    /// <summary>
    /// A speaker phrase is a name, a pronoun or a speaker noun ("the senator", "officials") that opens like a
    /// noun phrase; the loose subject finders return whatever stands before a verb, which for a verb no cue
    /// list vouches for is often no speaker at all.
    /// </summary>
    public static bool Plausible(List<Token> tokens, (int Start, int End) speaker)
    {
        var head = tokens[speaker.End - 1];
        var first = tokens[speaker.Start];
        var opens = first.IsCapitalized || first.Text.ToLowerInvariant() is "the" or "a" or "an" or "his" or "her" or "their" or "its" || SpeakerPhrase.IsPronoun(first) || Lexicon.Lexicon.Instance.SpeakerNouns.Contains(first.Text);
        var named = (head.IsCapitalized && !head.IsPossessive) || SpeakerPhrase.IsPronoun(head) || Lexicon.Lexicon.Instance.SpeakerNouns.Contains(head.Text);
        return opens && named && speaker.End - speaker.Start <= 12;
    }
}
