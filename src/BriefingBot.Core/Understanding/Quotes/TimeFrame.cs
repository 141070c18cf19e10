using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// A time frame between a speaker and the reporting verb: "McConnell, who in 2010 said ...", "the senator last
/// week said ...", "Adelson on Monday declared ...". The speaker is the phrase before the frame, not the frame.
/// </summary>
internal static class TimeFrame
{
    // Words that may make up a time frame; a frame needs one anchor (a time noun, a month or day, a year).
    private static readonly HashSet<string> FrameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "since", "last", "this", "next", "earlier", "later", "early", "late", "the", "past", "that",
    };

    private static readonly HashSet<string> Anchors = new(
        [
            "week", "weeks", "month", "months", "year", "years", "day", "days", "night", "morning", "afternoon", "evening", "weekend",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", .. CueFrame.Weekdays, "yesterday", "today", "tonight",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The first token of the time frame that ends right before <paramref name="end"/>, or <paramref name="end"/> when none does.</summary>
    public static int StartBefore(List<Token> tokens, int end, int min)
    {
        var start = end;
        var anchored = false;
        while (start - 1 > min && end - start < 5)
        {
            var t = tokens[start - 1];
            var anchor = Anchors.Contains(t.Text) || IsYear(t);
            if (!t.IsWord || !(anchor || FrameWords.Contains(t.Text) || (anchored && IsDayNumber(t))))
            {
                break;
            }

            anchored |= anchor;
            start--;
        }

        // "Smith in 2012 said": a frame opens with a preposition or a time word, never with "the" or "that" alone.
        while (start < end && tokens[start].Text.ToLowerInvariant() is "the" or "that")
        {
            start++;
        }

        return anchored && start < end && !IsNamePart(tokens, start, end) ? start : end;
    }

    /// <summary>
    /// "Theresa May said", "USA Today reported", "Doris Day said": a capitalised month, day or "Today" with no
    /// preposition or time word before it and no year is the end of a name, not a time frame ("in May" is one).
    /// </summary>
    public static bool IsNamePart(List<Token> tokens, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var t = tokens[i];
            if (IsYear(t) || char.IsLower(t.Text[0]) || (FrameWords.Contains(t.Text) && t.Text.ToLowerInvariant() is not ("the" or "that")))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYear(Token t) => t.Text.Length == 4 && t.Text.All(char.IsDigit) && t.Text[0] is '1' or '2';

    private static bool IsDayNumber(Token t) => t.Text.Length <= 2 && t.Text.All(char.IsDigit);
}
