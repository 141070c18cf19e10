using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Joins the pieces of a quote into one readable string. Each piece keeps its own words; the join
/// replaces the attribution between them. A piece whose handover comma was trimmed ("A," he said. "B.")
/// does not end its sentence in the text we keep, so running it into a new sentence would misquote:
/// punctuation stated outside the quotation marks is restored, otherwise an ellipsis marks the cut.
/// </summary>
internal static class QuoteText
{
    private const string Ellipsis = " \u2026 ";

    public static string Join(string text, IReadOnlyList<TextSpan> pieces)
    {
        if (pieces.Count == 0)
        {
            return string.Empty;
        }

        var result = new System.Text.StringBuilder(pieces[0].Slice(text));
        for (var p = 1; p < pieces.Count; p++)
        {
            result.Append(Separator(text, pieces[p - 1], pieces[p]));
            result.Append(pieces[p].Slice(text));
        }

        return result.ToString();
    }

    private static string Separator(string text, TextSpan previous, TextSpan next)
    {
        var last = previous.Length > 0 ? text[previous.End - 1] : ' ';
        var first = next.Length > 0 ? text[next.Start] : ' ';
        if (last is '.' or '!' or '?' or '\u2026' or ':' or ';' || !char.IsUpper(first))
        {
            // The piece already ends its sentence, or the next piece goes on with the same one ("ready, and ...").
            return " ";
        }

        // "... left half empty" + "With one timetable ...": the sentence break was not inside the quotation marks.
        var at = previous.End;
        while (at < text.Length && text[at] is '"' or '\u201d' or '\u2019' or '\'')
        {
            at++; // the closing mark: "... any more". He went on
        }

        var after = at < text.Length ? text[at] : ' ';
        return after is '.' or '!' or '?' ? after + " " : Ellipsis;
    }
}
