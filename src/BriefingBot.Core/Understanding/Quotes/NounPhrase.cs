using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// The object noun phrase after a cue that takes one ("denounced the new tax on Monday", "praised Smith for
/// his work, saying ..."): it runs on through prepositional phrases and lists, which say what the object is or
/// why it is judged, and stops at a frame of time, a comma that closes it, or a new clause.
/// </summary>
internal static class NounPhrase
{
    // Words that open a frame or a new clause after the object: "endorsed Trump last week", "... during a call".
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "during", "after", "before", "since", "while", "because", "as", "when", "via",
        "last", "earlier", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "but", "which", "where", "until", "amid", "despite",
    };

    private static readonly HashSet<string> ListGoesOn = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "including", "particularly", "especially", "his", "her", "their", "its",
    };

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>"school meals, bus routes and library hours": an "and" or "or" closes the list before the next comma.</summary>
    private static bool ListEndsAhead(List<Token> tokens, int from, int last)
    {
        for (var j = from; j < last && j < from + 6; j++)
        {
            if (tokens[j].Is("and") || tokens[j].Is("or"))
            {
                return true;
            }

            if (!tokens[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>End (exclusive) of the noun phrase that starts at <paramref name="from"/>, before <paramref name="last"/>.</summary>
    public static int End(List<Token> tokens, int from, int last)
    {
        var quoteMarks = 0;
        for (var j = from; j < last; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.QuoteMark)
            {
                quoteMarks++;
                continue;
            }

            if (quoteMarks % 2 == 1 || j == from)
            {
                continue; // a quoted label belongs to the object: calling him a “nice guy”
            }

            // A comma ends the object unless a list or an example goes on: "A, B and C", "A, including B".
            if (t.Text == "," && j + 1 < last && (ListGoesOn.Contains(tokens[j + 1].Text) || tokens[j + 1].IsCapitalized || ListEndsAhead(tokens, j + 1, last)))
            {
                continue;
            }

            // "on Monday", "in May", "at the weekend": a time frame after the object.
            if (t.Text is "on" or "in" or "at" && j + 1 < last && (Stops.Contains(tokens[j + 1].Text) || Months.Contains(tokens[j + 1].Text) || tokens[j + 1].Is("the") && j + 2 < last && tokens[j + 2].Is("weekend")))
            {
                return j;
            }

            if (t.Text is "," or ";" or ":" or "(" or "\u2014" or "--" || (Stops.Contains(t.Text) && !t.IsCapitalized))
            {
                return j;
            }

            // "... and has appeared", "... and he said": a second verb or clause, not a second object.
            if (t.Is("and") && j + 1 < last && (SpeakerPhrase.IsPronoun(tokens[j + 1]) || TokenText.IsAdverb(tokens[j + 1])
                || tokens[j + 1].Text.EndsWith("ed", StringComparison.Ordinal) || IndirectCues.IsCue(tokens[j + 1])))
            {
                return j;
            }
        }

        return last;
    }
}
