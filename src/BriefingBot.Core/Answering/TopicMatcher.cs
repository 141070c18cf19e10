using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Scores how well a passage is about a topic: the share of the topic's content words that occur in
/// the passage, with light stemming and British/American spellings folded ("defence" = "defense",
/// "cooperating" = "cooperation").
/// </summary>
public sealed class TopicMatcher
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "about", "by", "from",
        "is", "are", "was", "were", "be", "it", "its", "this", "that", "these", "those", "their", "his", "her",
        "what", "who", "did", "does", "say", "said", "any", "some", "new", "news",
    };

    private readonly string[] _stems;

    public TopicMatcher(string? topic)
    {
        _stems = Stems(topic).Distinct().ToArray();
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
        var hits = _stems.Count(stem => words.Contains(stem) || words.Any(w => SharesRoot(w, stem)));
        return (double)hits / _stems.Length;
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
