namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Whether a feed's text stands for the article or only points at it. News articles run to thousands of
/// characters; feeds that carry only a lead cut it short or end with a "read more" link. A teaser tells the
/// poller to fetch the page.
/// </summary>
internal static class TeaserRule
{
    /// <summary>Shorter than this is a lead, not an article: the shortest wire briefs run to a few paragraphs.</summary>
    public const int MinArticleCharacters = 500;

    private static readonly string[] CutOffEndings =
    [
        "...", "…", "[…]", "[...]", "(…)", "(...)", "read more", "read more »", "read more →", "continue reading",
        "continue reading →", "continue reading »", "read the full story", "read the full article", "full story", "(more)", "more »",
    ];

    /// <param name="rawText">The text as the feed gave it, tags stripped: the extractor drops "Read more" lines as chrome, so the ending is checked before it.</param>
    /// <param name="bodyText">The text as extracted.</param>
    public static bool IsTeaser(string? rawText, string? bodyText)
    {
        if (string.IsNullOrWhiteSpace(bodyText) || bodyText.Length < MinArticleCharacters)
        {
            return true;
        }

        var ending = (rawText ?? bodyText).TrimEnd();
        return CutOffEndings.Any(e => ending.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
