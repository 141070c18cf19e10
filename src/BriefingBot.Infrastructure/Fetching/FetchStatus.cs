namespace BriefingBot.Infrastructure.Fetching;

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>A text body was read; <see cref="FetchResult.Text"/> holds it.</summary>
    Ok,

    /// <summary>The server answered 304 to the conditional request: nothing new since the last poll.</summary>
    NotModified,

    /// <summary>Our own safety rules stopped the fetch (address, scheme, size, content type, redirects).
    /// Retrying will not help until the source or the settings change.</summary>
    Refused,

    /// <summary>The remote side failed (timeout, connection error, HTTP error status). Worth retrying later.</summary>
    Failed,
}
