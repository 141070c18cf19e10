using System.Net;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>Turns a final (non-redirect) response into a <see cref="FetchResult"/>, applying the size, encoding and content checks.</summary>
internal static class ResponseReader
{
    public static async Task<FetchResult> ReadAsync(
        Uri requested, Uri current, HttpResponseMessage response, ConditionalGet sent, FetchOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var etag = ETagOf(response) ?? (response.StatusCode == HttpStatusCode.NotModified ? sent.ETag : null);
        var lastModified = response.Content.Headers.LastModified ?? (response.StatusCode == HttpStatusCode.NotModified ? sent.LastModified : null);

        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult
            {
                Status = FetchStatus.NotModified, RequestedUrl = requested, FinalUrl = current, HttpStatus = status,
                ETag = etag, LastModified = lastModified, RetryAfter = RetryAfterOf(response, time),
            };
        }

        if (!response.IsSuccessStatusCode)
        {
            var phrase = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? string.Empty : $" {response.ReasonPhrase}";
            return FetchResult.Failed(requested, current, Say(current, $"the server answered HTTP {status}{phrase}"), status, RetryAfterOf(response, time));
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant();
        if (mediaType is not null && !TextContentTypes.IsAllowed(mediaType))
        {
            return FetchResult.Refused(requested, current, Say(current, $"the content type '{mediaType}' is not text; only {TextContentTypes.Description} are fetched"), status);
        }

        // A declared length over the cap is refused without reading a byte.
        if (response.Content.Headers.ContentLength > options.MaxResponseBytes)
        {
            return TooBig(requested, current, options, status);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        byte[]? raw;
        await using (stream.ConfigureAwait(false))
        {
            raw = await CappedReader.ReadAsync(stream, options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
        }

        if (raw is null)
        {
            return TooBig(requested, current, options, status);
        }

        var (body, problem, corrupt) = await Decompression.DecodeAsync(raw, response.Content.Headers.ContentEncoding, options.MaxDecompressedBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return corrupt
                ? FetchResult.Failed(requested, current, Say(current, problem!), status)
                : FetchResult.Refused(requested, current, Say(current, problem!), status);
        }

        if (BinarySniffer.WhyBinary(body) is { } kind)
        {
            var declared = mediaType is null ? "no content type" : $"'{mediaType}'";
            return FetchResult.Refused(requested, current, Say(current, $"the body is {kind}, not text (declared as {declared})"), status);
        }

        var (text, charset) = CharsetDecoder.Decode(body, response.Content.Headers.ContentType?.CharSet);
        return new FetchResult
        {
            Status = FetchStatus.Ok, RequestedUrl = requested, FinalUrl = current, HttpStatus = status,
            ContentType = mediaType, Charset = charset, Text = text, ETag = etag, LastModified = lastModified,
            RetryAfter = RetryAfterOf(response, time),
        };
    }

    private static FetchResult TooBig(Uri requested, Uri current, FetchOptions options, int status) =>
        FetchResult.Refused(requested, current, Say(current, $"the response body exceeds {ByteCount.Format(options.MaxResponseBytes)} (Fetching:MaxResponseBytes)"), status);

    private static string? ETagOf(HttpResponseMessage response) =>
        // Non-validated: a malformed ETag (missing quotes) is still worth echoing back.
        response.Headers.NonValidated.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string Say(Uri url, string reason) => $"{url}: {reason}.";
}
