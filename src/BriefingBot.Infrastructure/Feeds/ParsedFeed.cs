namespace BriefingBot.Infrastructure.Feeds;

/// <summary>A feed as read at one moment: what it says about itself and its items, in document order.</summary>
/// <param name="SiteLink">The site the feed belongs to (RSS channel link, Atom alternate link, JSON home_page_url).</param>
/// <param name="Language">The feed's declared language tag ("en", "ru-RU"), or null.</param>
public sealed record ParsedFeed(
    FeedFormat Format,
    string? Title,
    string? SiteLink,
    string? Language,
    IReadOnlyList<FeedItem> Items);
