namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// The content is not a feed we can read: not well-formed, not RSS, Atom or JSON Feed, too large, or
/// refused for safety (entity tricks). The message names the feed and, for XML and JSON, where it broke,
/// so an admin can act on it without opening the feed.
/// </summary>
public sealed class FeedFormatException : Exception
{
    public FeedFormatException(string message)
        : base(message)
    {
    }

    public FeedFormatException(string message, Exception innerException, long? lineNumber = null, long? linePosition = null)
        : base(message, innerException)
    {
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>1-based line of the error, when the parser knows it.</summary>
    public long? LineNumber { get; }

    /// <summary>1-based column of the error, when the parser knows it.</summary>
    public long? LinePosition { get; }
}
