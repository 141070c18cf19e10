namespace BriefingBot.Infrastructure.Feeds;

/// <summary>The one place a <see cref="RawFeedItem"/> from any format becomes a normalised <see cref="FeedItem"/>.</summary>
internal static class FeedItemFactory
{
    public static FeedItem Create(RawFeedItem raw, string? feedLanguage)
    {
        var link = FeedLink.Resolve(raw.Link, raw.BaseUri);
        var summary = FeedBodyText.Convert(raw.Summary);
        var content = FeedBodyText.Convert(raw.Content);

        // The teaser test reads the same field for its length and its ending: content that came to nothing
        // (an image, say) hands over to the summary for both.
        var best = content is not null ? raw.Content : raw.Summary;
        var rawText = best is { } b ? (b.Markup == FeedMarkup.Html ? FeedText.StripTags(b.Value) : FeedText.Collapse(b.Value)) : null;
        var isTeaser = TeaserRule.IsTeaser(rawText, content ?? summary);

        // A summary identical to the content (feeds often repeat it) is not a second text.
        if (summary is not null && content is not null && string.Equals(summary, content, StringComparison.Ordinal))
        {
            summary = null;
        }

        var authors = raw.Authors.Select(a => FeedText.Plain(a)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        return new FeedItem(
            Id: Present(raw.Id) ?? link,
            Link: link,
            Title: raw.Title is { } title ? FeedText.Plain(title.Value, title.Markup) : null,
            Authors: authors,
            PublishedAt: FeedDate.Parse(raw.Published),
            UpdatedAt: FeedDate.Parse(raw.Updated),
            Summary: summary,
            Content: content,
            Language: Present(raw.Language) ?? feedLanguage,
            IsTeaser: isTeaser);
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
