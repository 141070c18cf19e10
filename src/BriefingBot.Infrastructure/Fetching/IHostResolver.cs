using System.Net;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Host name to addresses. An abstraction so tests can map names to addresses without DNS, and so the
/// addresses that were checked are the ones connected to.
/// </summary>
public interface IHostResolver
{
    /// <summary>All addresses for <paramref name="host"/>; throws (e.g. SocketException) when the name does not resolve.</summary>
    Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken);
}
