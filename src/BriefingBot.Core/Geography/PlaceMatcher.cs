using System.Globalization;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Geography;

/// <summary>
/// Finds gazetteer names in text: longest match first ("South Ossetia" before "Ossetia"), folded for case
/// and diacritics ("Baki" finds "Bakı"), but only where the text capitalises the first word, so "turkey"
/// the bird and "chad" the verb stay out. A name that two countries share equally is dropped as ambiguous.
/// </summary>
public sealed class PlaceMatcher
{
    private readonly Dictionary<string, PlaceName> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstWord = new(StringComparer.Ordinal);

    public PlaceMatcher(IEnumerable<PlaceName> names)
    {
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var key = NameKey.Normalize(name.Text);
            if (key.Length == 0)
            {
                continue;
            }

            if (_phrases.TryGetValue(key, out var existing) && existing.Target != name.Target)
            {
                // The stronger kind wins ("Georgia" the country over a city); equals cancel out.
                if (name.Kind < existing.Kind)
                {
                    _phrases[key] = name;
                    ambiguous.Remove(key);
                }
                else if (name.Kind == existing.Kind)
                {
                    ambiguous.Add(key);
                }

                continue;
            }

            _phrases.TryAdd(key, name);
        }

        foreach (var key in ambiguous)
        {
            _phrases.Remove(key);
        }

        foreach (var key in _phrases.Keys)
        {
            var words = key.Split(' ');
            _longestByFirstWord[words[0]] = Math.Max(_longestByFirstWord.GetValueOrDefault(words[0]), words.Length);
        }
    }

    public IReadOnlyList<PlaceMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);

        // Folding allocates; most words are never looked up (only capitalised ones start a match), so fold on demand.
        var keys = new string?[words.Count];
        string Key(int i) => keys[i] ??= NameKey.Normalize(text[words[i].Start..words[i].End]);

        var found = new List<PlaceMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(text[words[i].Start]) || !_longestByFirstWord.TryGetValue(Key(i), out var longest))
            {
                continue;
            }

            for (var length = Math.Min(longest, words.Count - i); length >= 1; length--)
            {
                var key = length == 1 ? Key(i) : string.Join(' ', Enumerable.Range(i, length).Select(Key));
                if (_phrases.TryGetValue(key, out var name))
                {
                    found.Add(new PlaceMention(name, words[i].Start, words[i + length - 1].End));
                    i += length - 1;
                    break;
                }
            }
        }

        return found;
    }

    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i])
                || (start >= 0 && CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(new Word(start, i));
                start = -1;
            }
        }

        return words;
    }

    private readonly record struct Word(int Start, int End);
}
