using System.Text;
using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Text;

/// <summary>
/// Names written in another romanization: "Alieva" for "Aliyeva", "Zukhra" for "Zuhra", "Yuri" for "Yuriy".
/// The letter groups that stand for one sound come from Data/name-spellings.txt. Used only when a name as
/// typed finds nobody, so the exact spelling always wins.
/// </summary>
public static class NameSpellings
{
    private const int MaxVariants = 12;
    private const int ShortName = 4;

    private static readonly Lazy<(string From, string To)[]> Rules = new(() =>
        WordLists.Pairs("name-spellings.txt").Select(p => (p.Key, p.Value)).ToArray());

    /// <summary>Other spellings of one name token (a <see cref="NameKey"/> token): each letter group swapped once, either way.</summary>
    public static IReadOnlyList<string> Variants(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var variants = new List<string>();
        foreach (var (from, to) in Rules.Value)
        {
            Swap(token, from, to, variants);
            Swap(token, to, from, variants);
        }

        return variants.Where(v => v != token).Distinct(StringComparer.Ordinal).Take(MaxVariants).ToList();
    }

    /// <summary>
    /// A token reduced to what survives romanization: letter groups folded, doubled letters single, and in names
    /// longer than four letters every run of vowels one vowel. "leyla" and "layla", "zukhra" and "zuhra", "yuriy"
    /// and "yuri" agree; "orlov" and "orlova", "ana" and "arman", "chan" and "chen" do not.
    /// </summary>
    public static string Loose(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var folded = token;
        foreach (var (from, to) in Rules.Value)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        // Short names keep their vowels: "Chan" is not "Chen", "Dan" is not "Don".
        var foldVowels = folded.Length > ShortName;
        var loose = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var letter = foldVowels && "aeiouy".Contains(c, StringComparison.Ordinal) ? 'a' : c;
            if (loose.Length == 0 || loose[^1] != letter)
            {
                loose.Append(letter);
            }
        }

        return loose.ToString();
    }

    /// <summary>True when every token of one name has a token of the other that agrees with it loosely (either way round).</summary>
    public static bool SameLoosely(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var looseA = a.Select(Loose).ToHashSet(StringComparer.Ordinal);
        var looseB = b.Select(Loose).ToHashSet(StringComparer.Ordinal);
        return looseA.Count > 0 && looseB.Count > 0 && (looseA.IsSubsetOf(looseB) || looseB.IsSubsetOf(looseA));
    }

    private static void Swap(string token, string from, string to, List<string> variants)
    {
        for (var at = token.IndexOf(from, StringComparison.Ordinal); at >= 0; at = token.IndexOf(from, at + 1, StringComparison.Ordinal))
        {
            variants.Add(string.Concat(token.AsSpan(0, at), to, token.AsSpan(at + from.Length)));
        }
    }
}
