namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Does a paragraph read as running text? Article sentences end with terminal punctuation; titles,
/// menus, captions and credits do not. This one test separates most page chrome from the story.
/// </summary>
internal static class Prose
{
    private const int MinSentenceWords = 6;

    // Past this length a paragraph is text even without a final stop (a dump cut mid-sentence).
    private const int AlwaysProseWords = 40;

    public static bool IsProse(string paragraph)
    {
        var words = WordCount(paragraph);
        if (words >= AlwaysProseWords)
        {
            return true;
        }

        var end = paragraph.TrimEnd().TrimEnd('"', '\'', '”', '’', '»', ')', ']');
        return words >= MinSentenceWords && end.Length > 0 && end[^1] is '.' or '!' or '?' or '…';
    }

    public static int WordCount(string paragraph) =>
        paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whitespace runs to single spaces, trimmed.</summary>
    public static string Clean(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
