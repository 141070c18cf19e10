using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// <c>According to X, CLAUSE</c>, <c>CLAUSE, according to X.</c> and <c>A, according to X, B</c>: the source
/// is what follows "according to", up to a comma; where the clause stands depends on where the frame does.
/// </summary>
internal static class AccordingToReport
{
    /// <summary>Adds the report framed by "according to" at <paramref name="k"/> to <paramref name="found"/>, if any.</summary>
    public static void Find(List<Token> tokens, int k, int sentenceStart, int last, List<Attribution> found)
    {
        // The source is whatever stands between "according to" and the comma or the sentence end; sources
        // of figures run long: "according to early results of the exit poll conducted by ... for ...".
        var sourceEnd = k + 2;
        while (sourceEnd < last && tokens[sourceEnd].Text != "," && tokens[sourceEnd].Kind is not (TokenKind.QuoteMark or TokenKind.LineBreak) && sourceEnd < k + 32)
        {
            sourceEnd++;
        }

        if (sourceEnd == k + 2 || !tokens[sourceEnd - 1].IsWord)
        {
            return;
        }

        var source = (k + 2, sourceEnd);
        if (k == sentenceStart || (k == sentenceStart + 1 && tokens[sentenceStart].Kind != TokenKind.Word))
        {
            // According to X, CLAUSE
            if (sourceEnd < last && tokens[sourceEnd].Text == "," && ReportedContent.Build(tokens, sourceEnd + 1, last, k, source, 2) is { } a)
            {
                found.Add(a);
            }

            return;
        }

        var before = tokens[k - 1].Text == "," ? k - 1 : k;
        if (sourceEnd < last && tokens[sourceEnd].Text == "," && before < k && !CueFrame.NoClauseAfter(tokens, sourceEnd + 1, last))
        {
            // "At the heart of it, according to X, was a decision ...": the report surrounds its source.
            if (ReportedContent.Build(tokens, sentenceStart, before, k, source, 2, minWords: 1) is { } head && ReportedContent.Build(tokens, sourceEnd + 1, last, k, source, 2) is { } tail)
            {
                found.Add(head with { Content = [.. head.Content, .. tail.Content] });
            }

            return;
        }

        // CLAUSE(,) according to X.
        if (ReportedContent.Build(tokens, sentenceStart, before, k, source, 2) is { } b)
        {
            found.Add(b);
        }
    }
}
