namespace BriefingBot.Infrastructure.Feeds;

/// <summary>A text field exactly as the feed gave it, with its encoding, before conversion to plain text.</summary>
internal readonly record struct RawFeedText(string Value, FeedMarkup Markup)
{
    public static RawFeedText? Html(string? value) => string.IsNullOrWhiteSpace(value) ? null : new RawFeedText(value, FeedMarkup.Html);

    public static RawFeedText? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : new RawFeedText(value, FeedMarkup.Text);
}
