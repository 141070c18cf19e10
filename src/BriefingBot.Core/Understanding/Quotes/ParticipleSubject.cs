using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Who does a participle cue ("FM Cavusoglu agreed, saying ..."): the participle has no subject of its
/// own, so the speaker is the nearest name or pronoun before it in the sentence.
/// </summary>
internal static class ParticipleSubject
{
    /// <summary>The subject of the clause a participle hangs on: "FM Cavusoglu agreed, saying".</summary>
    public static (int Start, int End)? Before(List<Token> tokens, int participle, int sentenceStart)
    {
        // "footage of Hillary Clinton asking, “...”": the name right before the participle.
        if (participle - 1 > sentenceStart && tokens[participle - 1].IsCapitalized
            && SpeakerPhrase.Backward(tokens, participle, sentenceStart) is { } named)
        {
            return named;
        }

        for (var j = participle - 1; j > sentenceStart && j > participle - 15; j--)
        {
            if (tokens[j].Kind is TokenKind.QuoteMark)
            {
                break;
            }

            if (SpeakerPhrase.Backward(tokens, j, sentenceStart) is { } phrase
                && (tokens[phrase.End - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[phrase.End - 1]))
                && tokens[j].IsWord)
            {
                return phrase;
            }
        }

        return null;
    }
}
