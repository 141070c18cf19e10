using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// The object noun phrase after a cue that takes one ("denounced the new tax on Monday", "praised Smith for
/// his work, saying ..."): it runs on through "of", "for" and "to" phrases, which say what the object is or
/// why it is judged, and stops at a frame of time or place, a comma or a new clause.
/// </summary>
internal static class NounPhrase
{
    // Words that open a frame or a new clause after the object: "endorsed Trump last week", "... during a call".
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "on", "during", "in", "after", "before", "since", "while", "because", "as", "when", "with", "through", "via",
        "last", "this", "earlier", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "but", "which", "where", "by", "than", "if", "so", "until", "amid", "despite",
    };

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
