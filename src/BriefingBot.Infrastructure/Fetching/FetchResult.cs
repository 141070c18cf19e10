namespace BriefingBot.Infrastructure.Fetching;

/// <summary>What one fetch produced. Bad remote behaviour ends up here as Refused or Failed, never as an exception.</summary>
public sealed record FetchResult
{
    public required FetchStatus Status { get; init; }

    /// <summary>The URL the caller asked for.</summary>
    public required Uri RequestedUrl { get; init; }

    /// <summary>The URL after redirects (or the hop where the fetch stopped); feeds should resolve relative links against it.</summary>
    public required Uri FinalUrl { get; init; }

    /// <summary>The last HTTP status seen, if the server answered at all.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Media type without parameters, lower-case (e.g. "application/rss+xml").</summary>
    public string? ContentType { get; init; }

    /// <summary>The name of the encoding the body was decoded with.</summary>
    public string? Charset { get; init; }

    /// <summary>The decoded body; null unless <see cref="Status"/> is Ok.</summary>
    public string? Text { get; init; }

    /// <summary>The validators to send next time (from this response, or the ones sent if a 304 repeated none).</summary>
    public string? ETag { get; init; }

    public DateTimeOffset? LastModified { get; init; }

    /// <summary>How long the server asked us to wait (Retry-After), relative to when the response arrived.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>A sentence an admin can act on, for Refused and Failed.</summary>
    public string? Reason { get; init; }

    public bool IsOk => Status == FetchStatus.Ok;

    public ConditionalGet Validators => new(ETag, LastModified);

    internal static FetchResult Refused(Uri requested, Uri current, string reason, int? httpStatus = null) =>
        new() { Status = FetchStatus.Refused, RequestedUrl = requested, FinalUrl = current, Reason = reason, HttpStatus = httpStatus };

    internal static FetchResult Failed(Uri requested, Uri current, string reason, int? httpStatus = null, TimeSpan? retryAfter = null) =>
        new() { Status = FetchStatus.Failed, RequestedUrl = requested, FinalUrl = current, Reason = reason, HttpStatus = httpStatus, RetryAfter = retryAfter };
}
