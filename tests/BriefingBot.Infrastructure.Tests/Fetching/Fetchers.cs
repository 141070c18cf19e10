using System.Net;
using BriefingBot.Infrastructure.Fetching;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>
/// Builds fetchers the way the container does, with test options, resolver and exempt addresses, and
/// disposes their clients (and pooled connections to the fake server) with the test.
/// </summary>
internal sealed class Fetchers : IDisposable
{
    private readonly List<HttpClient> _clients = [];

    public static FetchOptions LoopbackOptions(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return options;
    }

    public SafeFetcher Create(FetchOptions options, IHostResolver? resolver = null, params IPAddress[] exempt)
    {
        var safety = new UrlSafety(Options.Create(options), resolver ?? FakeResolver.Of(), exempt.ToHashSet());
        var client = new HttpClient(SafeHttpHandler.Create(safety, options)) { Timeout = Timeout.InfiniteTimeSpan };
        _clients.Add(client);
        return new SafeFetcher(client, safety, Options.Create(options), TimeProvider.System);
    }

    public void Dispose()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }
    }
}
