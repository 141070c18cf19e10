using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Decides whether a URL may be fetched: http/https only, no credentials, and every address the host
/// resolves to must be public (unless <see cref="FetchOptions.AllowPrivateAddresses"/>). Checking every
/// address matters: a name with one public and one private address could otherwise be used to reach the private one.
/// </summary>
public sealed class UrlSafety
{
    private const string AllowHint = "only public addresses can be fetched (an admin can set Fetching:AllowPrivateAddresses to allow others)";

    private readonly IHostResolver _resolver;
    private readonly bool _allowPrivate;
    private readonly IReadOnlySet<IPAddress> _exempt;

    public UrlSafety(IOptions<FetchOptions> options, IHostResolver resolver)
        : this(options, resolver, exemptAddresses: null)
    {
    }

    /// <summary>
    /// Test hook: <paramref name="exemptAddresses"/> pass the address check even with private addresses refused,
    /// so a test can point a "public" name at its loopback server and still exercise the refusals.
    /// </summary>
    internal UrlSafety(IOptions<FetchOptions> options, IHostResolver resolver, IReadOnlySet<IPAddress>? exemptAddresses)
    {
        ArgumentNullException.ThrowIfNull(options);
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _allowPrivate = options.Value.AllowPrivateAddresses;
        _exempt = exemptAddresses ?? new HashSet<IPAddress>();
    }

    /// <summary>The checks that need no network: absolute, http/https, no user info, has a host. Null when fine.</summary>
    public static string? WhyBadShape(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
        {
            return $"'{url}' is not an absolute URL";
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return $"'{url.Scheme}:' URLs are not fetched; only http and https are";
        }

        // Credentials in a URL end up in logs and in every admin listing; a source that needs them is not a public source.
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return "URLs with a user name or password are not fetched";
        }

        if (string.IsNullOrEmpty(url.Host))
        {
            return $"'{url}' has no host";
        }

        return null;
    }

    /// <summary>Checks the URL's shape, resolves its host and checks every address.</summary>
    public async Task<UrlCheck> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var shape = WhyBadShape(url);
        if (shape is not null)
        {
            return UrlCheck.Refused(url.IsAbsoluteUri ? url.Host : string.Empty, shape);
        }

        return await CheckHostAsync(HostOf(url), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Resolves <paramref name="host"/> (unless it is an IP literal) and checks every address.</summary>
    public async Task<UrlCheck> CheckHostAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        host = host.Trim('[', ']');

        IReadOnlyList<IPAddress> addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await _resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException e)
            {
                return UrlCheck.Unresolved(host, $"host '{host}' could not be resolved ({e.SocketErrorCode})");
            }
            catch (ArgumentException)
            {
                return UrlCheck.Refused(host, $"'{host}' is not a valid host name");
            }

            if (addresses.Count == 0)
            {
                return UrlCheck.Unresolved(host, $"host '{host}' resolved to no addresses");
            }
        }

        if (!_allowPrivate)
        {
            foreach (var address in addresses)
            {
                if (_exempt.Contains(address))
                {
                    continue;
                }

                var what = AddressPolicy.WhyNotPublic(address);
                if (what is not null)
                {
                    var subject = literal is null ? $"host '{host}' resolves to {address}, which is" : $"{address} is";
                    return UrlCheck.Refused(host, $"{subject} {what}; {AllowHint}");
                }
            }
        }

        return UrlCheck.Allowed(host, addresses);
    }

    /// <summary>The host as the connection sees it: ASCII (punycode) names, IPv6 literals without brackets.</summary>
    internal static string HostOf(Uri url) =>
        url.HostNameType == UriHostNameType.IPv6 ? url.Host.Trim('[', ']') : url.IdnHost;
}
