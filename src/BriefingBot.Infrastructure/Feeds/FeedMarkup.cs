namespace BriefingBot.Infrastructure.Feeds;

/// <summary>How a feed field is encoded: feeds say so (Atom type, JSON content_html) or, for RSS, imply HTML.</summary>
internal enum FeedMarkup
{
    Text,
    Html,
}
