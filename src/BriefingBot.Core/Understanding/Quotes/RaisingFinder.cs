using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Attitudes with no one named as holding them: "X seemed to be shrinking", "X appears to back Y",
/// "X is expected to win". News annotation (PolNeAR) counts these as attributions with no source; the
/// content is the subject together with what follows the verb, the verb being the cue.
/// </summary>
internal static class RaisingFinder
{
    private static readonly HashSet<string> Seem = new(StringComparer.OrdinalIgnoreCase)
    {
        "seem", "seems", "seemed", "appear", "appears", "appeared",
    };

    private static readonly HashSet<string> FormsOfBe = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "'s", "\u2019s",
    };

    // After "to" these make "appeared to the crowd" a direction, not an infinitive.
    private static readonly HashSet<string> NotInfinitive = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "him", "them", "me", "us",
    };

    /// <summary>The raising cue at <paramref name="k"/> as an attribution (the cue takes in "is" of "is expected"), or null.</summary>
    public static Attribution? At(List<Token> tokens, int k, int sentenceStart, int last)
    {
        var t = tokens[k];
        int cueStart;
        if (Seem.Contains(t.Text))
        {
            cueStart = k;
        }
        else if (t.Is("expected") && k - 1 > sentenceStart && (FormsOfBe.Contains(tokens[k - 1].Text) || (TokenText.IsAdverb(tokens[k - 1]) && k - 2 > sentenceStart && FormsOfBe.Contains(tokens[k - 2].Text))))
        {
            cueStart = FormsOfBe.Contains(tokens[k - 1].Text) ? k - 1 : k - 2;
        }
        else
        {
            return null;
        }

        if (k + 2 >= last || !tokens[k + 1].Is("to") || NotInfinitive.Contains(tokens[k + 2].Text) || !tokens[k + 2].IsWord || tokens[k + 2].IsCapitalized)
        {
            return null;
        }

        var subject = SpeakerPhrase.BeforeCue(tokens, cueStart, sentenceStart)
            ?? ClauseSubject.Before(tokens, cueStart, sentenceStart)
            ?? LooseSubject.Before(tokens, cueStart, sentenceStart);
        var end = ContentBoundary.End(tokens, k + 1, last);
        if (subject is not { } s || end - (k + 1) < 3)
        {
            return null;
        }

        return new Attribution(QuoteKind.Indirect, [TokenText.Span(tokens, s), TokenText.Span(tokens, k + 1, end)], TokenText.Span(tokens, cueStart, k + 1), null);
    }
}
