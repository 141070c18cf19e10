namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// What a format reader pulled out of one entry, unconverted. Keeping the readers to this keeps link
/// resolution, date parsing and text conversion in one place (<see cref="FeedItemFactory"/>) for every format.
/// </summary>
/// <param name="BaseUri">What relative links resolve against: the xml:base in scope, else the feed URL.</param>
internal sealed record RawFeedItem(
    string? Id,
    string? Link,
    Uri BaseUri,
    RawFeedText? Title,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Updated,
    RawFeedText? Summary,
    RawFeedText? Content,
    string? Language);
