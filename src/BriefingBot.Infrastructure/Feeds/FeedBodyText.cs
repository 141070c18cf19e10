using System.Net;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Item summaries and content to plain body text (paragraphs separated by blank lines) with the same
/// readers <see cref="ArticleExtractor"/> uses for pages and files: the HTML reader's cleanup (scripts,
/// navigation, figures and asides removed) and its chrome list ("Share", "Read more").
/// What the extractor adds on top is not used: its header-zone heuristics look for a page's title and byline
/// above the first sentence, and feed content has neither, so they would drop a short opening paragraph.
/// </summary>
internal static class FeedBodyText
{
    public static string? Convert(RawFeedText? raw)
    {
        if (raw is not { } value)
        {
            return null;
        }

        // Most RSS descriptions are a sentence with no markup: the text reader gives the same result without
        // building an HTML DOM for each of thousands of items.
        var paragraphs = value.Markup == FeedMarkup.Html && value.Value.Contains('<', StringComparison.Ordinal)
            ? HtmlArticleReader.Read(value.Value).Paragraphs
            : TextParagraphs.Split(value.Markup == FeedMarkup.Html ? WebUtility.HtmlDecode(value.Value) : value.Value);

        var body = paragraphs.Select(Prose.Clean)
            .Where(p => p.Length > 0 && (Prose.IsProse(p) || !PageChrome.IsChrome(p)))
            .ToList();
        return body.Count == 0 ? null : string.Join("\n\n", body);
    }
}
