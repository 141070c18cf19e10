namespace BriefingBot.Infrastructure.Feeds;

/// <summary>The feed dialect, detected from the content (never trusted from the Content-Type or the URL).</summary>
public enum FeedFormat
{
    Rss,
    Rdf,
    Atom,
    JsonFeed,
}
