using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Paragraphs that open with a name and a colon: transcript turns ("TAPPER: Do you think ..."),
/// interview lines ("Alex Seitz-Wald: She is right ...") and headlines ("Sanders: Brexit's message could ...").
/// The name speaks the rest of the paragraph; the colon is the cue.
/// </summary>
internal static class SpeakerTurnFinder
{
    private const int MaxNameWords = 4;

    // Labels that end in a colon without naming a speaker.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "note", "update", "updated", "editor", "photo", "photos", "source", "sources", "related", "read", "watch", "video",
        "correction", "exclusive", "breaking", "warning", "disclosure", "q", "a", "question", "answer", "credit", "caption",
        "subscribe", "follow", "share", "more", "also", "see", "listen", "transcript",
    };

    private const int MaxHeadlineLabelWords = 8;

    private static bool IsQuoteMark(Token t) => t.Kind == TokenKind.QuoteMark || t.Text is "\u2018" or "\u2019" or "'";

    /// <summary>
    /// A headline that puts a quotation after a colon names its speaker before the colon, however the headline
    /// words it ("Obama on Climate Change: The Trends Are 'Terrifying.'", "A lesson from Jane Roe: 'Be kind.'").
    /// Returns the colon and the speaker: the name the label opens with, or the name after its last "from"/"by".
    /// </summary>
    private static (int Colon, (int Start, int End) Speaker)? HeadlineLabel(List<Token> tokens, int start)
    {
        if (start != 0 || tokens.Count == 0 || !tokens[0].IsCapitalized)
        {
            return null;
        }

        var colon = 0;
        while (colon < tokens.Count && colon <= MaxHeadlineLabelWords && tokens[colon].IsWord)
        {
            colon++;
        }

        if (colon >= tokens.Count || tokens[colon].Text != ":" || (colon == 1 && Labels.Contains(tokens[0].Text)))
        {
            return null;
        }

        var quoted = false;
        for (var j = colon + 1; j < tokens.Count && tokens[j].Kind != TokenKind.LineBreak; j++)
        {
            quoted |= IsQuoteMark(tokens[j]);
        }

        if (!quoted)
        {
            return null;
        }

        var from = -1;
        for (var j = 1; j < colon - 1; j++)
        {
            if (tokens[j].Text is "from" or "by" && tokens[j + 1].IsCapitalized)
            {
                from = j;
            }
        }

        var first = from >= 0 ? from + 1 : 0;
        if (SpeakerPhrase.NotNames.Contains(tokens[first].Text) && from < 0)
        {
            return null; // "The Latest: ..."
        }

        var end = first;
        while (end < colon && tokens[end].IsCapitalized)
        {
            end++;
        }

        return end > first ? (colon, (first, end)) : null;
    }

    public static List<Attribution> Find(List<Token> tokens)
    {
        var found = new List<Attribution>();
        for (var start = 0; start < tokens.Count; start++)
        {
            if (start > 0 && tokens[start - 1].Kind != TokenKind.LineBreak)
            {
                continue;
            }

            var k = start;
            if (k < tokens.Count && tokens[k].Kind == TokenKind.QuoteMark)
            {
                k++; // a turn quoted whole: "Chris Matthews: ...
            }

            var colon = k;
            while (colon < tokens.Count && colon < k + MaxNameWords && tokens[colon].IsCapitalized && !Labels.Contains(tokens[colon].Text))
            {
                colon++;
            }

            var speaker = (k, colon);
            if ((colon == k || colon >= tokens.Count || tokens[colon].Text != ":") && HeadlineLabel(tokens, start) is { } label)
            {
                (colon, speaker) = label;
            }

            if (colon == k || colon >= tokens.Count || tokens[colon].Text != ":")
            {
                continue;
            }

            var end = colon + 1;
            var words = 0;
            while (end < tokens.Count && tokens[end].Kind != TokenKind.LineBreak)
            {
                words += tokens[end].IsWord ? 1 : 0;
                end++;
            }

            if (words < 3)
            {
                continue;
            }

            var last = end;
            while (last > colon + 1 && (tokens[last - 1].Kind == TokenKind.QuoteMark || tokens[last - 1].Text is ";" or ":"))
            {
                last--;
            }

            found.Add(new Attribution(
                QuoteKind.Indirect,
                [TokenText.Span(tokens, colon + 1, last)],
                TokenText.Span(tokens, colon, colon + 1),
                TokenText.Span(tokens, speaker)));
        }

        return found;
    }
}
