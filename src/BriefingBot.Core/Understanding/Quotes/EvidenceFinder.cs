using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Findings credited to a poll, survey or report with "in": "In a CNN poll released Monday, 50 percent chose
/// Clinton." The source is the poll, the cue "in". (A trailing "..., in the latest polls" was tried and
/// dropped: on the training split it mostly marked a lead "in the polls" that no one reported.)
/// </summary>
internal static class EvidenceFinder
{
    private static readonly HashSet<string> Evidence = new(StringComparer.OrdinalIgnoreCase)
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "analysis", "census", "tally", "count", "index", "estimate", "estimates", "data", "polling",
    };

    private const int MaxSource = 20;

    public static Attribution? Find(List<Token> tokens, int sentenceStart, int last)
    {
        if (last - sentenceStart < 6)
        {
            return null;
        }

        // In a poll ..., CLAUSE
        if (tokens[sentenceStart].Is("in"))
        {
            var comma = sentenceStart + 1;
            while (comma < last && comma < sentenceStart + MaxSource && tokens[comma].Text != ",")
            {
                comma++;
            }

            if (comma < last && tokens[comma].Text == "," && HoldsEvidence(tokens, sentenceStart + 1, comma) && last - comma > 4)
            {
                var end = ContentBoundary.End(tokens, comma + 1, last);
                return new Attribution(QuoteKind.Indirect, [TokenText.Span(tokens, comma + 1, end)], TokenText.Span(tokens, sentenceStart, sentenceStart + 1), TokenText.Span(tokens, sentenceStart + 1, comma));
            }

            return null;
        }

        return null;
    }

    private static bool HoldsEvidence(List<Token> tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Text is "where" or "when" or "which" or "that" or "who")
            {
                return false; // "In three primaries where exit polls were taken, ...": the poll is not the frame
            }

            if (Evidence.Contains(tokens[j].Text) && !tokens[j].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }
}
