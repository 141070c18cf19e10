using System.Net;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// The addresses the fetcher checked for a request's host, carried on the request to the connect callback
/// so the connection goes to exactly those addresses: a DNS answer that changes between the check and the
/// connect (DNS rebinding) is never used.
/// </summary>
internal sealed record CheckedHost(string Host, IReadOnlyList<IPAddress> Addresses)
{
    public static readonly HttpRequestOptionsKey<CheckedHost> Key = new("BriefingBot.CheckedHost");
}
