using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Scores how well a passage is about a topic: the share of the topic's content words that occur in
/// the passage, with light stemming and British/American spellings folded ("defence" = "defense",
/// "cooperating" = "cooperation"). With <c>related</c>, a word of the same topic family
/// (Data/topic-families.txt: "military" for "defence") counts as half a match.
/// </summary>
public sealed class TopicMatcher
{
    private const double RelatedWeight = 0.5;

    // Stem -> the stems of the families it is in (without itself).
    private static readonly Lazy<Dictionary<string, HashSet<string>>> Families = new(LoadFamilies);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "about", "by", "from",
        "is", "are", "was", "were", "be", "it", "its", "this", "that", "these", "those", "their", "his", "her",
        "what", "who", "did", "does", "say", "said", "any", "some", "new", "news",
    };

    private readonly string[] _stems;

    private readonly HashSet<string>[] _related;

    /// <param name="related">
    /// True for a topic asked about ("what did X say about defence?"), where words of the same family count;
    /// false for words that must be there (a remembered phrase, a search).
    /// </param>
    public TopicMatcher(string? topic, bool related = false)
    {
        _stems = Stems(topic).Distinct().ToArray();
        _related = _stems
            .Select(stem => related && Families.Value.TryGetValue(stem, out var family) ? family : [])
            .ToArray();
    }

    public bool IsEmpty => _stems.Length == 0;

    /// <summary>0 when no topic word occurs, 1 when all do.</summary>
    public double Score(string passage)
    {
        if (_stems.Length == 0)
        {
            return 0;
        }

        var words = Stems(passage).ToHashSet();
        var hits = 0.0;
        for (var i = 0; i < _stems.Length; i++)
        {
            var stem = _stems[i];
            if (words.Contains(stem) || words.Any(w => SharesRoot(w, stem)))
            {
                hits++;
            }
            else if (_related[i].Count > 0 && RelatedOccurs(_related[i], words))
            {
                hits += RelatedWeight;
            }
        }

        return hits / _stems.Length;
    }

    // A family word may be two words ("armed forces"): all of its stems must be in the passage.
    private static bool RelatedOccurs(HashSet<string> family, HashSet<string> words) =>
        family.Any(member => member.Split(' ').All(words.Contains));

    private static Dictionary<string, HashSet<string>> LoadFamilies()
    {
        var families = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, list) in Understanding.Lexicon.WordLists.Pairs("topic-families.txt"))
        {
            var members = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(member => string.Join(' ', Stems(member)))
                .Where(member => member.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
            // Only one-word members are looked up by the topic's stems; all members are looked for in passages.
            foreach (var member in members.Where(m => !m.Contains(' ', StringComparison.Ordinal)))
            {
                if (!families.TryGetValue(member, out var related))
                {
                    families[member] = related = new HashSet<string>(StringComparer.Ordinal);
                }

                related.UnionWith(members.Where(m => m != member));
            }
        }

        return families;
    }

    internal static IEnumerable<string> Stems(string? text) =>
        NameKey.Tokens(text).Where(t => !StopWords.Contains(t)).Select(Stem);

    internal static string Stem(string word)
    {
        var w = word is "defence" or "offence" or "licence" ? word[..^2] + "se" : word;
        foreach (var suffix in new[] { "ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s" })
        {
            if (w.Length - suffix.Length >= 4 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix is "ies" or "ied" ? w[..^suffix.Length] + "y" : w[..^suffix.Length];
            }
        }

        return w;
    }

    // "cooperat" (cooperation) and "cooperate" share their root; require a long common prefix so that
    // "military" and "militant" do not.
    private static bool SharesRoot(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        if (shorter < 5)
        {
            return false;
        }

        var common = 0;
        while (common < shorter && a[common] == b[common])
        {
            common++;
        }

        return common >= shorter - 1 && common >= 5;
    }
}
