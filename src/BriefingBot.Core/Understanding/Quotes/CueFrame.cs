using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// The short frame that may follow a reporting verb without being what was said: a preposition phrase
/// ("said in a statement"), a time ("said Thursday") or a manner word ("said recently"). Both the trailing
/// and the leading patterns must tell such a frame from a clause.
/// </summary>
internal static class CueFrame
{
    // The days of the week, which open a time frame next to a cue ("said Thursday", "Adelson on Monday said").
    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    // Words that open a time or manner frame right after a cue ("said Thursday", "said last week", "said recently"),
    // one list for the direct and the reported finders so that both read a frame the same way.
    // Declared before the sets built from it: static fields initialise in order.
    public static readonly string[] TimeAndMannerWords =
    [
        .. Weekdays, "yesterday", "today", "tonight",
        "last", "earlier", "later", "recently", "this", "then", "again", "also", "previously", "repeatedly",
    ];

    // Prepositions that open a frame between a cue and its content ("said in a statement that ...").
    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "for", "from", "with", "during", "into", "about", "after", "before", "through", "via", "of", "to", "as",
    };

    /// <summary>
    /// Nothing but a short frame ("in a statement", "on Thursday") follows the attribution; a clause
    /// ("they would vote for Clinton") would make the verb a leading cue instead.
    /// </summary>
    public static bool NoClauseAfter(List<Token> tokens, int from, int last)
    {
        if (from >= last)
        {
            return true;
        }

        if (last - from > 8 || !(Prepositions.Contains(tokens[from].Text) || FrameWords.Contains(tokens[from].Text) || tokens[from].Text == ","))
        {
            return false;
        }

        for (var j = from; j < last; j++)
        {
            if (tokens[j].Is("that") || tokens[j].Kind == TokenKind.QuoteMark)
            {
                return false;
            }
        }

        return true;
    }

    // Words that open a time or manner frame after a cue; the trailing pattern also takes "late" and "early".
    private static readonly HashSet<string> FrameWords = new([.. TimeAndMannerWords, "late", "early"], StringComparer.OrdinalIgnoreCase);
}
