using System.Net;
using System.Net.Sockets;
using BriefingBot.Infrastructure.Fetching;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>Names to addresses from a table, no DNS. Unknown names fail like NXDOMAIN. Counts lookups per name.</summary>
internal sealed class FakeResolver(Dictionary<string, IPAddress[]> table) : IHostResolver
{
    private readonly Dictionary<string, int> _lookups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called before each answer; lets a test change the table between lookups (DNS rebinding).</summary>
    public Action<string, int>? OnLookup { get; init; }

    public int Lookups(string host) => _lookups.GetValueOrDefault(host);

    public Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        lock (_lookups)
        {
            var count = _lookups[host] = _lookups.GetValueOrDefault(host) + 1;
            OnLookup?.Invoke(host, count);
            if (!table.TryGetValue(host, out var addresses))
            {
                throw new SocketException((int)SocketError.HostNotFound);
            }

            return Task.FromResult<IReadOnlyList<IPAddress>>(addresses);
        }
    }

    public static FakeResolver Of(params (string Host, string Address)[] entries) =>
        new(entries.GroupBy(e => e.Host, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(e => IPAddress.Parse(e.Address)).ToArray(), StringComparer.OrdinalIgnoreCase));
}
