using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "Axelrod said it was a “fatal miscalculation” and that she had learned her lesson: “They are fortified.”",
/// "Carter said the region mattered. “That's because ...”": a quotation no rule attributed that follows, in
/// the same paragraph and with nothing but punctuation between, a report with a speaker goes on with that
/// report's speaker (kept as its own attribution: the annotators split it as often as they join it).
/// </summary>
internal static class ContinuedQuote
{
    public static void LendSpeakers(List<Token> tokens, List<Attribution> attributions)
    {
        attributions.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));
        for (var i = 1; i < attributions.Count; i++)
        {
            var quote = attributions[i];
            var report = attributions[i - 1];
            if (quote.Kind != QuoteKind.Direct || quote.Speaker is not null || quote.Cue is not null || report.Speaker is null
                || report.Content[^1].End > quote.Content[0].Start || !OnlyPunctuationBetween(tokens, report.Content[^1].End, quote.Content[0].Start))
            {
                continue;
            }

            attributions[i] = quote with { Speaker = report.Speaker, Cue = report.Cue };
        }
    }

    private static bool OnlyPunctuationBetween(List<Token> tokens, int end, int start)
    {
        for (var k = AttributionFinder.FirstTokenAt(tokens, end); k < tokens.Count && tokens[k].Start < start; k++)
        {
            if (tokens[k].Start >= end && tokens[k].Kind is TokenKind.Word or TokenKind.LineBreak)
            {
                return false;
            }
        }

        return true;
    }
}
