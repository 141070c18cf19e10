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
            while (last > colon + 1 && tokens[last - 1].Kind == TokenKind.QuoteMark)
            {
                last--;
            }

            found.Add(new Attribution(
                QuoteKind.Indirect,
                [TokenText.Span(tokens, colon + 1, last)],
                TokenText.Span(tokens, colon, colon + 1),
                TokenText.Span(tokens, k, colon)));
        }

        return found;
    }
}
