using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "Comey has", "Podliska further", "Speaker Paul Ryan, who was reluctant to": the loose subject finders
/// stop at the cue, so a speaker may end in the auxiliaries, adverbs or relative clause that stood between
/// the name and the cue. The speaker is the name: the tail is cut back to it.
/// </summary>
internal static class SpeakerTail
{
    // Words that end a span only when it ran on past the speaker's name to the cue.
    private static readonly HashSet<string> Tails = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "and", "has", "have", "had", "is", "was", "were", "are", "further", "then", "also", "which", "who", "of",
    };

    public static void Trim(List<Token> tokens, List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            if (attributions[i].Speaker is { } speaker && Trimmed(tokens, speaker) is { } trimmed && trimmed != speaker)
            {
                attributions[i] = attributions[i] with { Speaker = trimmed };
            }
        }
    }

    private static TextSpan? Trimmed(List<Token> tokens, TextSpan speaker)
    {
        var start = AttributionFinder.FirstTokenAt(tokens, speaker.Start);
        var end = start;
        while (end < tokens.Count && tokens[end].End <= speaker.End)
        {
            end++;
        }

        if (end - start < 2 || !Tails.Contains(tokens[end - 1].Text))
        {
            return speaker;
        }

        // "Speaker Paul Ryan, who was reluctant to": the appositive clause goes.
        for (var k = start + 1; k < end - 1; k++)
        {
            if (tokens[k].Text == "," && tokens[k + 1].Text.ToLowerInvariant() is "who" or "which" or "that")
            {
                end = k;
                break;
            }
        }

        var lexicon = Lexicon.Lexicon.Instance;
        while (end > start && !(tokens[end - 1].IsCapitalized || SpeakerPhrase.IsPronoun(tokens[end - 1]) || lexicon.SpeakerNouns.Contains(tokens[end - 1].Text)))
        {
            end--;
        }

        return end > start ? TokenText.Span(tokens, start, end) : speaker;
    }
}
