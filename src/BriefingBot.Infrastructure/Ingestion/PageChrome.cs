using System.Reflection;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Recognises page chrome (menus, placeholders, credits) by the phrase list in Data/page-chrome.txt,
/// loaded once. Callers only ask about paragraphs that do not read as sentences, so a body sentence
/// that happens to start with "Share" is never dropped.
/// </summary>
internal static class PageChrome
{
    private const string ResourceName = "BriefingBot.IngestionData.page-chrome.txt";

    private static readonly Lazy<Entries> List = new(Load);

    public static bool IsChrome(string paragraph)
    {
        var text = paragraph.Trim().TrimEnd(':', '.', ' ').ToLowerInvariant();
        if (text.Length == 0)
        {
            return true;
        }

        var entries = List.Value;
        return entries.Exact.Contains(text)
            || entries.Prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal))
            || entries.Suffixes.Any(s => text.EndsWith(s, StringComparison.Ordinal));
    }

    private static Entries Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The page chrome list '{ResourceName}' is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var suffixes = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim().ToLowerInvariant();
            if (entry.Length == 0 || entry.StartsWith('#'))
            {
                continue;
            }

            if (entry.EndsWith('*'))
            {
                prefixes.Add(entry.TrimEnd('*').TrimEnd(':'));
            }
            else if (entry.StartsWith('*'))
            {
                suffixes.Add(entry.TrimStart('*').TrimEnd(':'));
            }
            else
            {
                exact.Add(entry.TrimEnd(':'));
            }
        }

        return new Entries(exact, prefixes, suffixes);
    }

    private sealed record Entries(HashSet<string> Exact, List<string> Prefixes, List<string> Suffixes);
}
