namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// How much a quote is worth showing: the speaker's exact words beat reported speech, a named speaker
/// with a role beats an anonymous one, early quotes carry the story, and 12-40 words say something
/// without rambling. The score is in [0, 1].
/// </summary>
internal static class QuoteImportance
{
    public static double Score(QuoteKind kind, bool hasSpeaker, bool hasRole, int wordCount, int sentenceIndex, int sentenceCount)
    {
        var score = kind switch
        {
            QuoteKind.Direct => 0.35,
            QuoteKind.Mixed => 0.25,
            _ => 0.15,
        };

        score += hasSpeaker ? 0.2 : 0;
        score += hasRole ? 0.15 : 0;
        score += 0.15 * (1.0 - (double)sentenceIndex / Math.Max(1, sentenceCount));
        score += wordCount switch
        {
            < 5 => 0,
            < 12 => 0.08,
            <= 40 => 0.15,
            <= 70 => 0.08,
            _ => 0.03,
        };

        return Math.Round(Math.Min(1.0, score), 4);
    }
}
