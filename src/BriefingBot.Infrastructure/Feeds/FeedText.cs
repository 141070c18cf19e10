using System.Net;
using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Short feed strings (titles, author names) to plain text. Feeds routinely HTML-encode titles, often twice
/// ("&amp;amp;", "&lt;b&gt;"), so entities are decoded and tags stripped whatever the feed declares.
/// </summary>
internal static class FeedText
{
    public static string? Plain(string? value, FeedMarkup markup = FeedMarkup.Html)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value;
        if (markup == FeedMarkup.Html)
        {
            // Decode first, so entity-encoded tags ("&lt;b&gt;") are stripped too; a second decode handles "&amp;amp;".
            text = Tag().Replace(WebUtility.HtmlDecode(text), " ");
            text = WebUtility.HtmlDecode(text);
        }

        var clean = Collapse(text);
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>Tags removed and entities decoded, line structure kept loosely: cheap, for length and ending checks.</summary>
    public static string StripTags(string html) => Collapse(WebUtility.HtmlDecode(Tag().Replace(html, " ")));

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Only things shaped like tags: "a < b" and "x<3" in a title stay. Non-backtracking, because this runs on
    // whatever a source serves: many unclosed "<!--" must cost linear time, not quadratic.
    private static readonly Regex TagPattern = new(
        @"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>|<!--.*?-->",
        RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static Regex Tag() => TagPattern;
}
