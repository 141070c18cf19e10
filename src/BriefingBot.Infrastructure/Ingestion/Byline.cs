using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>"By Yaver Kazimbeyli December 5, 2017", "By Jane Doe, Reuters | Dec. 5, 2017": the author and, often, the date.</summary>
internal static partial class Byline
{
    private const int MaxNameWords = 8;

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "de", "da", "del", "der", "van", "von", "al", "el", "bin", "ibn", "la", "le", "du", "&",
    };

    public static bool TryParse(string paragraph, out string author, out DateTimeOffset? date)
    {
        author = string.Empty;
        date = null;
        var match = Prefix().Match(paragraph.Trim());
        if (!match.Success)
        {
            return false;
        }

        var rest = match.Groups["rest"].Value;
        if (DateText.TryFind(rest, out var found, out var where))
        {
            date = found;
            rest = rest[..where.Start.Value];
        }

        // A byline may add the outlet or a role after the name: keep the name.
        var cut = rest.IndexOfAny([',', '|', '•', '·', '—', '–', '/', '(']);
        if (cut >= 0)
        {
            rest = rest[..cut];
        }

        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[^1] is "-" or "on" or "On" or "Published" or "Updated" or "Posted")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0 || words.Count > MaxNameWords
            || !words.All(w => NameParticles.Contains(w) || (char.IsUpper(w[0]) && !w.Any(char.IsDigit))))
        {
            date = null;
            return false;
        }

        author = string.Join(' ', words);
        return true;
    }

    [GeneratedRegex(@"^(?:by|written by|words by|reporting by|author:)\s+(?<rest>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
