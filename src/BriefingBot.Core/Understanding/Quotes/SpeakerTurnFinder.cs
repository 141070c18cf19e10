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

            var content = new List<Core.Text.TextSpan> { TokenText.Span(tokens, colon + 1, last) };
            if (k > start)
            {
                start = AddQuotedParagraphs(tokens, end, content) - 1;
            }

            found.Add(new Attribution(QuoteKind.Indirect, content, TokenText.Span(tokens, colon, colon + 1), TokenText.Span(tokens, speaker)));
        }

        return found;
    }

    /// <summary>
    /// A turn quoted whole goes on in the paragraphs after it that open with a quotation mark, as a quote running over
    /// paragraphs does ("PENCE: Well, ... ¶ "But the truth is ..."), until a paragraph opens a new turn, a stage
    /// direction ("(CROSSTALK.)") or a label ("Follow ... on Twitter"). Returns the token after the last paragraph taken.
    /// </summary>
    private static int AddQuotedParagraphs(List<Token> tokens, int end, List<Core.Text.TextSpan> content)
    {
        while (true)
        {
            var p = end;
            while (p < tokens.Count && tokens[p].Kind == TokenKind.LineBreak)
            {
                p++;
            }

            if (p + 1 >= tokens.Count || tokens[p].Kind != TokenKind.QuoteMark || !tokens[p + 1].IsWord || Labels.Contains(tokens[p + 1].Text) || OpensTurn(tokens, p + 1))
            {
                return end;
            }

            var next = p + 1;
            while (next < tokens.Count && tokens[next].Kind != TokenKind.LineBreak)
            {
                next++;
            }

            var last = next;
            while (last > p + 1 && tokens[last - 1].Kind == TokenKind.QuoteMark)
            {
                last--;
            }

            if (last > p + 1)
            {
                content.Add(TokenText.Span(tokens, p + 1, last));
            }

            end = next;
        }
    }

    /// <summary>A capitalized name of a few words and a colon: "WALLACE:", "Chris Matthews:".</summary>
    private static bool OpensTurn(List<Token> tokens, int k)
    {
        var colon = k;
        while (colon < tokens.Count && colon < k + MaxNameWords && tokens[colon].IsCapitalized)
        {
            colon++;
        }

        return colon > k && colon < tokens.Count && tokens[colon].Text == ":";
    }
}
