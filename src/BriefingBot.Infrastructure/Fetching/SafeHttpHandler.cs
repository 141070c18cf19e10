using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// The primary handler for fetching: connects only to addresses that passed <see cref="UrlSafety"/>, and
/// leaves redirects, decompression and cookies to <see cref="SafeFetcher"/> (or off).
/// </summary>
public static class SafeHttpHandler
{
    public static SocketsHttpHandler Create(UrlSafety safety, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            // Each hop must be checked before it is followed, so the fetcher follows redirects itself.
            AllowAutoRedirect = false,
            // Automatic decompression has no size cap; the fetcher decompresses with one.
            AutomaticDecompression = DecompressionMethods.None,
            // A proxy would make the connection (and its address) the proxy's, bypassing the check.
            UseProxy = false,
            UseCookies = false,
            ConnectTimeout = options.Timeout,
            // Pooled connections were checked when opened; recycle them so a long-lived one does not outlast a DNS change forever.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(safety, context, cancellationToken),
        };
    }

    private static async ValueTask<Stream> ConnectAsync(UrlSafety safety, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        IReadOnlyList<IPAddress> addresses;
        if (context.InitialRequestMessage.Options.TryGetValue(CheckedHost.Key, out var checkedHost)
            && string.Equals(checkedHost.Host, host, StringComparison.OrdinalIgnoreCase))
        {
            addresses = checkedHost.Addresses;
        }
        else
        {
            // Not sent by the fetcher (or for another host): check here, and connect to what this check saw.
            var check = await safety.CheckHostAsync(host, cancellationToken).ConfigureAwait(false);
            if (!check.IsAllowed)
            {
                throw new UnsafeAddressException(check.Reason!);
            }

            addresses = check.Addresses;
        }

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var target = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
            var socket = new Socket(target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
