using System.Reflection;

namespace BriefingBot.Core.Understanding.Lexicon;

/// <summary>
/// Reads the word lists embedded in the Core assembly (Understanding/Data/*.txt).
/// Facts about the language and the world live there; this class only parses them.
/// Lines starting with '#' are comments.
/// </summary>
internal static class WordLists
{
    public static IEnumerable<string> Lines(string fileName)
    {
        var assembly = typeof(WordLists).Assembly;
        var resource = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded word list {fileName} is missing from {assembly.GetName().Name}.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }

    /// <summary>"key = value" lines, split at the first '='.</summary>
    public static IEnumerable<(string Key, string Value)> Pairs(string fileName) =>
        Lines(fileName).Select(line =>
        {
            var at = line.IndexOf('=');
            return at < 0 ? (line, string.Empty) : (line[..at].Trim(), line[(at + 1)..].Trim());
        });
}
