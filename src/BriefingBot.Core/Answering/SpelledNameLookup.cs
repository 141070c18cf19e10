using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Looks a person up by name as typed; failing that, by the surname and its other spellings, keeping only
/// records whose name agrees loosely with the asked one, word for word, one within the other. So the articles'
/// shorter form ("De Blasio" for "Bill de Blasio") or another romanization ("Zuhra Aliyeva" for "Zukhra Alieva")
/// is found, and "Hunter Biden" never answers for "Joe Biden".
/// </summary>
internal static class SpelledNameLookup
{
    public static async Task<IReadOnlyList<T>> FindAsync<T>(
        string name,
        Func<string, Task<IReadOnlyList<T>>> lookup,
        Func<T, string?> nameOf)
    {
        var found = await lookup(name);
        var asked = NameKey.Tokens(name);
        if (found.Count > 0 || asked.Length == 0)
        {
            return found;
        }

        var surname = asked[^1];
        var matches = new List<T>();
        foreach (var spelling in (asked.Length > 1 ? [surname] : Array.Empty<string>()).Concat(NameSpellings.Variants(surname)))
        {
            matches.AddRange((await lookup(spelling))
                .Where(item => NameSpellings.SameLoosely(NameKey.Tokens(AskedName.Core(nameOf(item) ?? string.Empty)), asked)));
        }

        return matches;
    }
}
