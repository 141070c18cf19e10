using BriefingBot.Core.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// When a shown quote is "the same words" as an expected one: at least half of the shown quote's word
/// tokens (diacritics and case folded) occur in the expected text, and they share at least three words
/// (all of them when the expected text is shorter). A quote cut differently from the gold still counts;
/// a quote that only shares "the" and "said" does not.
/// </summary>
public static class QuoteOverlap
{
    public const double MinShareOfShown = 0.5;
    public const int MinSharedWords = 3;

    public static bool Matches(string shown, string expected)
    {
        var shownTokens = NameKey.Tokens(shown).ToHashSet(StringComparer.Ordinal);
        var expectedTokens = NameKey.Tokens(expected).ToHashSet(StringComparer.Ordinal);
        if (shownTokens.Count == 0 || expectedTokens.Count == 0)
        {
            return false;
        }

        var shared = shownTokens.Count(expectedTokens.Contains);
        return shared >= Math.Min(MinSharedWords, expectedTokens.Count)
            && shared >= MinShareOfShown * shownTokens.Count;
    }

    /// <summary>True when the two names share a word ("Mevlut Cavusoglu" and "FM Çavuşoğlu"), as people and the scorer read names.</summary>
    public static bool SameName(string? a, string? b)
    {
        var left = NameKey.Tokens(a).Where(t => t.Length > 1).ToHashSet(StringComparer.Ordinal);
        return NameKey.Tokens(b).Any(left.Contains);
    }
}
