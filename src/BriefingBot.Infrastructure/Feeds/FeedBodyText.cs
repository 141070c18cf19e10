using System.Net;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Item summaries and content to plain body text through the same <see cref="ArticleExtractor"/> as files
/// and pages, so a feed article reads exactly like the page it came from.
/// </summary>
internal sealed class FeedBodyText(ArticleExtractor extractor)
{
    // The extension tells the extractor which reader to use; the name carries no date or source hints.
    private const string HtmlName = "feed-item.html";
    private const string TextName = "feed-item.txt";

    public string? Convert(RawFeedText? raw)
    {
        if (raw is not { } value)
        {
            return null;
        }

        // Most RSS descriptions are a sentence with no markup: the text reader gives the same result without
        // building an HTML DOM for each of thousands of items.
        if (value.Markup == FeedMarkup.Html && !value.Value.Contains('<', StringComparison.Ordinal))
        {
            value = new RawFeedText(WebUtility.HtmlDecode(value.Value), FeedMarkup.Text);
        }

        try
        {
            var document = extractor.ExtractText(value.Value, value.Markup == FeedMarkup.Html ? HtmlName : TextName);
            return document.Body;
        }
        catch (ArticleExtractionException)
        {
            // Nothing the extractor counts as article text (a one-line teaser that is all "chrome", say):
            // the stripped text is still what the feed said.
            var stripped = value.Markup == FeedMarkup.Html ? FeedText.StripTags(value.Value) : FeedText.Collapse(value.Value);
            return stripped.Length == 0 ? null : stripped;
        }
    }
}
