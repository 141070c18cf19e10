using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// The small header we put on demo articles: "Title: ...", "Source: ...", "Url: ...", "Date: ...",
/// "Author: ..." lines at the top, or the same keys in YAML front matter between "---" lines.
/// </summary>
internal static partial class FrontMatter
{
    private static readonly Dictionary<string, string> KeyAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["headline"] = "title",
        ["source"] = "source", ["publisher"] = "source",
        ["url"] = "url", ["link"] = "url",
        ["date"] = "date", ["published"] = "date",
        ["author"] = "author", ["byline"] = "author",
    };

    /// <summary>Splits the header off <paramref name="text"/>; fields are keyed title/source/url/date/author.</summary>
    public static (IReadOnlyDictionary<string, string> Fields, string Remainder) Split(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var first = 0;
        while (first < lines.Length && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        if (first == lines.Length)
        {
            return (fields, text);
        }

        var yaml = lines[first].Trim() == "---";
        var end = yaml ? ReadYaml(lines, first + 1, fields) : ReadHeaderLines(lines, first, fields);
        return end < 0 ? (new Dictionary<string, string>(), text) : (fields, string.Join('\n', lines[end..]));
    }

    // Returns the index after the closing line, or -1 when it is not front matter after all.
    private static int ReadYaml(string[] lines, int start, Dictionary<string, string> fields)
    {
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line is "---" or "...")
            {
                return i + 1;
            }

            var match = KeyValue().Match(line);
            if (match.Success && KeyAliases.TryGetValue(match.Groups["key"].Value, out var key))
            {
                fields.TryAdd(key, Unquote(match.Groups["value"].Value));
            }
        }

        fields.Clear();
        return -1;
    }

    private static int ReadHeaderLines(string[] lines, int start, Dictionary<string, string> fields)
    {
        var i = start;
        for (; i < lines.Length; i++)
        {
            var match = KeyValue().Match(lines[i].Trim());
            if (!match.Success || !KeyAliases.TryGetValue(match.Groups["key"].Value, out var key))
            {
                break;
            }

            fields.TryAdd(key, Unquote(match.Groups["value"].Value));
        }

        // "Last update: ..." is page chrome, not a header: the first line must be one of our keys.
        return i == start ? -1 : i;
    }

    private static string Unquote(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length >= 2 && (trimmed[0] == '"' || trimmed[0] == '\'') && trimmed[^1] == trimmed[0] ? trimmed[1..^1] : trimmed;
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z ]{0,15}?)\s*:\s*(?<value>.*\S)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();
}
