using System.Net;

namespace BriefingBot.Bot;

/// <summary>
/// The bot answers by POSTing to the activity's serviceUrl. With a MicrosoftAppId the token proves the
/// activity came from the Bot Connector; in local mode nothing does, so anyone reaching /api/messages
/// could make the bot send requests to any address (an open relay). Local mode therefore answers only a
/// loopback serviceUrl (the Emulator, a local test connector) unless the operator explicitly allows more.
/// </summary>
internal static class LocalServiceUrlPolicy
{
    public const string Refusal =
        "In local mode (no MicrosoftAppId) the bot only replies to a loopback serviceUrl; set Bot:AllowRemoteServiceUrlWithoutAuth=true to allow others";

    /// <param name="localMode">No MicrosoftAppId: requests are not authenticated.</param>
    /// <param name="allowRemote">Bot:AllowRemoteServiceUrlWithoutAuth.</param>
    /// <param name="serviceUrl">The serviceUrl of the activity the SDK will reply to.</param>
    public static bool Allows(bool localMode, bool allowRemote, string? serviceUrl) =>
        !localMode || allowRemote || IsLoopback(serviceUrl);

    /// <summary>
    /// localhost, 127.0.0.0/8 or [::1], judged from the literal URL only: any other name could resolve
    /// anywhere, so it is not loopback (no DNS lookup happens here).
    /// </summary>
    public static bool IsLoopback(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url))
        {
            return false;
        }

        return url.HostNameType switch
        {
            UriHostNameType.Dns => string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase),
            UriHostNameType.IPv4 or UriHostNameType.IPv6 => IPAddress.TryParse(url.Host, out var address) && IsLoopback(address),
            _ => false,
        };
    }

    private static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
