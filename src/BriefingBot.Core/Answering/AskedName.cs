using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Answering;

/// <summary>
/// A name as people type it in a question, reduced to what names a person: "FM Çavuşoğlu" and
/// "Deputy Transport Minister Hasanova" are looked up as "Çavuşoğlu" and "Hasanova", since stored
/// speakers carry their title as a role, not in their name.
/// </summary>
internal static class AskedName
{
    // Words that only qualify a title ("Deputy Transport Minister") and honorifics.
    private static readonly string[] Qualifiers =
        ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "deputy", "acting", "former", "vice", "chief", "senior", "assistant"];

    private static readonly Lazy<HashSet<string>> TitleWords = new(() =>
    {
        var words = Lexicon.Instance.Titles.Keys
            .SelectMany(title => title.Split(' ', '-'))
            .Where(word => word.Length > 3 || word.All(char.IsUpper))
            .Select(word => word.ToLowerInvariant());
        return [.. words, .. Qualifiers];
    });

    /// <summary>
    /// The person's name in a stored or typed speaker: before an apposition or bracket, without titles.
    /// "Donna Brazile, the interim chairwoman of the DNC" and "Interim DNC Chairwoman Donna Brazile" are both "Donna Brazile".
    /// </summary>
    public static string Core(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cut = name.IndexOfAny([',', '(', '\u2014']);
        var head = (cut > 0 ? name[..cut] : name).Trim();
        return WithoutTitles(head.Length > 0 ? head : name);
    }

    /// <summary>The words after the last title word, when any remain; otherwise the name as typed.</summary>
    public static string WithoutTitles(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lastTitle = Array.FindLastIndex(words, w => TitleWords.Value.Contains(w.TrimEnd('.').ToLowerInvariant()));
        return lastTitle >= 0 && lastTitle < words.Length - 1
            ? string.Join(' ', words[(lastTitle + 1)..])
            : name;
    }
}
