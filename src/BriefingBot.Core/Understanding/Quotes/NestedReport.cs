using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "Benjamin said he believes “...”", "Trump said he responded: “...”": a report inside a report whose
/// speaker is a pronoun right after the outer cue is what the outer speaker said. The outer speaker and cue
/// take the attribution, and the content opens at the pronoun, as the reporting sentence frames it.
/// </summary>
internal static class NestedReport
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "we", "i" };

    public static void Lift(List<Token> tokens, int[] sentenceOfToken, List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Speaker is not { } speaker)
            {
                continue;
            }

            var p = AttributionFinder.FirstTokenAt(tokens, speaker.Start);
            if (tokens[p].End != speaker.End || !Pronouns.Contains(tokens[p].Text) || p < 2 || a.Content[0].Start < tokens[p].End)
            {
                continue;
            }

            var cue = tokens[p - 1].Is("that") ? p - 2 : p - 1;
            if (cue < 1 || sentenceOfToken[cue] != sentenceOfToken[p] || tokens[cue].IsCapitalized
                || !(TokenText.IsCue(tokens[cue]) || IndirectCues.IsCue(tokens[cue])))
            {
                continue;
            }

            var sentenceStart = QuoteContext.SentenceStart(sentenceOfToken, cue);
            if (cue <= sentenceStart
                || ReportSpeaker.BeforeCue(tokens, cue, sentenceStart, IndirectCues.Flags(tokens[cue])) is not { } outer
                || !FragmentQuote.Plausible(tokens, outer))
            {
                continue;
            }

            var outerCue = TokenText.Span(tokens, cue, cue + 1);
            if (attributions.Any(o => o.Cue == outerCue && o.Content.Any(c => a.Content.Any(c.Overlaps))))
            {
                attributions.RemoveAt(i--); // the outer report was found whole: this is a piece of it
                continue;
            }

            var content = a.Content.ToList();
            content[0] = new Text.TextSpan(tokens[p].Start, content[0].End);
            attributions[i] = new Attribution(QuoteKind.Mixed, content, outerCue, TokenText.Span(tokens, outer));
        }
    }
}
