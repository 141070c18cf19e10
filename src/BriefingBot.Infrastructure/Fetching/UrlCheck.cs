using System.Net;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>The verdict on one URL: the addresses that may be connected to, or why not.</summary>
public sealed record UrlCheck
{
    private UrlCheck(string host, IReadOnlyList<IPAddress> addresses, string? reason, bool unresolved)
    {
        Host = host;
        Addresses = addresses;
        Reason = reason;
        IsUnresolved = unresolved;
    }

    /// <summary>The host as it will be connected to (IDN in ASCII form, IPv6 without brackets).</summary>
    public string Host { get; }

    /// <summary>Every address the host resolved to, all of them checked; empty unless allowed.</summary>
    public IReadOnlyList<IPAddress> Addresses { get; }

    public string? Reason { get; }

    public bool IsAllowed => Reason is null;

    /// <summary>The name did not resolve: a remote failure (maybe temporary), not a refusal by our rules.</summary>
    public bool IsUnresolved { get; }

    internal static UrlCheck Allowed(string host, IReadOnlyList<IPAddress> addresses) => new(host, addresses, null, false);

    internal static UrlCheck Refused(string host, string reason) => new(host, [], reason, false);

    internal static UrlCheck Unresolved(string host, string reason) => new(host, [], reason, true);
}
