using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Fetches one feed or page under the rules in <see cref="FetchOptions"/>: every hop checked by
/// <see cref="UrlSafety"/>, capped size, capped decompression, text only, bounded time. Bad remote behaviour
/// becomes a Refused or Failed result with a reason; only the caller's cancellation throws.
/// </summary>
public sealed class SafeFetcher
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, text/*;q=0.5";

    private readonly HttpClient _client;
    private readonly UrlSafety _safety;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;

    /// <param name="client">Must sit on <see cref="SafeHttpHandler"/>; its own Timeout is not relied on.</param>
    public SafeFetcher(HttpClient client, UrlSafety safety, IOptions<FetchOptions> options, TimeProvider time)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _safety = safety ?? throw new ArgumentNullException(nameof(safety));
        _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task<FetchResult> FetchAsync(Uri url, ConditionalGet? conditional, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        conditional ??= ConditionalGet.None;

        // One budget for the whole fetch, redirects and body included: a drip-feeding server cannot stretch it.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);

        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                var check = await _safety.CheckAsync(current, deadline.Token).ConfigureAwait(false);
                if (!check.IsAllowed)
                {
                    var reason = Describe(current, check.Reason!);
                    return check.IsUnresolved ? FetchResult.Failed(url, current, reason) : FetchResult.Refused(url, current, reason);
                }

                using var request = CreateRequest(current, check, conditional);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
                if (!IsRedirect(response.StatusCode))
                {
                    return await ResponseReader.ReadAsync(url, current, response, conditional, _options, _time, deadline.Token).ConfigureAwait(false);
                }

                var location = response.Headers.Location;
                if (location is null)
                {
                    return FetchResult.Failed(url, current, Describe(current, $"HTTP {(int)response.StatusCode} redirect without a Location header"), (int)response.StatusCode);
                }

                if (hop >= _options.MaxRedirects)
                {
                    return FetchResult.Refused(url, current, Describe(url, $"more than {_options.MaxRedirects} redirects (Fetching:MaxRedirects)"), (int)response.StatusCode);
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(url, current);
        }
        catch (BrokenCircuitException)
        {
            // The host failed repeatedly: its circuit is open and no request was sent (see FetchResilience).
            return FetchResult.Failed(url, current, Describe(current, $"the host {current.Authority} failed repeatedly, so requests to it are paused for a while (circuit open, Fetching:Resilience:BreakDuration)"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or UriFormatException)
        {
            // A read cut short by cancellation can surface as an I/O error rather than a cancellation.
            cancellationToken.ThrowIfCancellationRequested();
            if (deadline.IsCancellationRequested)
            {
                return TimedOut(url, current);
            }

            // Connect-time refusal (the address changed after the check) surfaces wrapped by the handler.
            if (FindUnsafeAddress(e) is { } unsafeAddress)
            {
                return FetchResult.Refused(url, current, Describe(current, unsafeAddress.Message));
            }

            var what = e is UriFormatException ? "the redirect target is not a valid URL" : "the connection failed";
            return FetchResult.Failed(url, current, Describe(current, $"{what}: {Innermost(e).Message}"));
        }
    }

    private FetchResult TimedOut(Uri url, Uri current)
    {
        var seconds = _options.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return FetchResult.Failed(url, current, Describe(current, $"timed out after {seconds} s (Fetching:Timeout)"));
    }

    private HttpRequestMessage CreateRequest(Uri url, UrlCheck check, ConditionalGet conditional)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(CheckedHost.Key, new CheckedHost(check.Host, check.Addresses));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", Decompression.AcceptEncoding);
        if (!string.IsNullOrWhiteSpace(conditional.ETag))
        {
            // Servers' ETags are not always well-formed; send back exactly what they gave.
            request.Headers.TryAddWithoutValidation("If-None-Match", conditional.ETag);
        }

        if (conditional.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return request;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static string Describe(Uri url, string reason) => $"{url}: {reason.TrimEnd('.')}.";

    private static UnsafeAddressException? FindUnsafeAddress(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is UnsafeAddressException found)
            {
                return found;
            }
        }

        return null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
