namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// One feed entry, normalised: plain text only, absolute canonical link, parsed times. Fields the feed
/// does not give (or gives unreadably) are null rather than guessed.
/// </summary>
/// <param name="Id">The feed's own id (RSS guid, Atom id, JSON id), else the link: stable across polls for dedup.</param>
/// <param name="Link">The article page, absolute and canonical (tracking parameters stripped); null when absent or not http(s).</param>
/// <param name="Title">Plain text: entities decoded, tags stripped.</param>
/// <param name="Summary">The short description as plain body text (paragraphs separated by blank lines).</param>
/// <param name="Content">The full content as plain body text, when the feed carries one.</param>
/// <param name="Language">The item's language, else the feed's.</param>
/// <param name="IsTeaser">The feed text is too short or cut off to stand for the article: fetch <see cref="Link"/>.</param>
public sealed record FeedItem(
    string? Id,
    string? Link,
    string? Title,
    IReadOnlyList<string> Authors,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? UpdatedAt,
    string? Summary,
    string? Content,
    string? Language,
    bool IsTeaser)
{
    /// <summary>The best text the feed gives: the full content, else the summary.</summary>
    public string? Text => Content ?? Summary;
}
