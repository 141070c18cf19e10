using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Who speaks in <c>X said (that) CLAUSE</c>: tried from the tightest phrase to the loosest subject, so that
/// a name next to the verb wins over a long clause subject.
/// </summary>
internal static class ReportSpeaker
{
    /// <summary>
    /// The speaker of the leading cue at <paramref name="cue"/>: the phrase before it, else the subject of an
    /// earlier verb joined by "and", else the clause's subject; never a possessive, dateline or time frame.
    /// </summary>
    public static (int Start, int End)? BeforeCue(List<Token> tokens, int cue, int sentenceStart, Lexicon.CueFlags flags)
    {
        // ", saying ...": the participle's speaker is the subject of the main clause, which opens the sentence.
        var speaker = flags.HasFlag(Lexicon.CueFlags.Participle)
            ? LooseSubject.MainClause(tokens, sentenceStart, cue) ?? ParticipleSubject.Before(tokens, cue, sentenceStart)
            : SpeakerPhrase.BeforeCue(tokens, cue, sentenceStart);
        speaker = Plausible(tokens, speaker);

        // "The judge rubbed his chin, and then said ...": the subject of the first verb speaks.
        var and = cue - 1;
        while (and > sentenceStart && TokenText.IsAdverb(tokens[and]))
        {
            and--;
        }

        if (speaker is null && and > sentenceStart && tokens[and].Is("and"))
        {
            speaker = ParticipleSubject.Before(tokens, and, sentenceStart);
        }

        speaker ??= ClauseSubject.Before(tokens, and + 1, sentenceStart);
        speaker ??= LooseSubject.Before(tokens, and + 1, sentenceStart);
        return WithoutTimeFrame(tokens, speaker);
    }

    /// <summary>
    /// A possessive ("Obama’s") or a dateline in capitals ("WASHINGTON") never speaks: it is a word next to
    /// the cue that the phrase finders took for a name.
    /// </summary>
    private static (int Start, int End)? Plausible(List<Token> tokens, (int Start, int End)? speaker)
    {
        if (speaker is not { } s)
        {
            return null;
        }

        var head = tokens[s.End - 1];
        var dateline = s.End - s.Start == 1 && head.Text.Length > 3 && head.Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return head.IsPossessive || dateline ? null : speaker;
    }

    /// <summary>"The senator last week (said)", "Adelson in December (declared)": a time frame is not part of the speaker.</summary>
    private static (int Start, int End)? WithoutTimeFrame(List<Token> tokens, (int Start, int End)? speaker)
    {
        if (speaker is not { } s || !TimeWords.Contains(tokens[s.End - 1].Text))
        {
            return speaker;
        }

        var end = s.End;
        while (end > s.Start && (TimeWords.Contains(tokens[end - 1].Text) || tokens[end - 1].Text is "last" or "this" or "next" or "earlier" or "in" or "on" or "the" or "past" || tokens[end - 1].Text.All(char.IsDigit)))
        {
            end--;
        }

        if (TimeFrame.IsNamePart(tokens, end, s.End))
        {
            return speaker;
        }

        return end > s.Start ? (s.Start, end) : null;
    }

    // Words that end a time frame: "last week", "in December", "on Monday".
    private static readonly HashSet<string> TimeWords = new(
        [
            "week", "weeks", "month", "months", "year", "years", "past", "day", "days", "night", "time", "morning", "afternoon", "evening", "weekend",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            .. CueFrame.Weekdays, "yesterday", "today",
        ],
        StringComparer.OrdinalIgnoreCase);
}
