namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Plain text to paragraphs. Blank lines always separate; a single line break separates too unless the
/// line looks hard-wrapped (long and without a final stop), because page dumps put one menu item,
/// caption or byline per line.
/// </summary>
internal static class TextParagraphs
{
    private const int WrappedLineMinLength = 50;

    public static IReadOnlyList<string> Split(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var rawLine in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = Prose.Clean(rawLine);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (current.Count > 0 && !LooksWrapped(current[^1]))
            {
                Flush();
            }

            current.Add(line);
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
    }

    private static bool LooksWrapped(string line) =>
        line.Length >= WrappedLineMinLength && line[^1] is not ('.' or '!' or '?' or '"' or '”' or ':');
}
