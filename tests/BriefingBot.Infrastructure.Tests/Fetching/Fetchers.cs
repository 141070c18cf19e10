using System.Net;
using BriefingBot.Infrastructure.Fetching;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>Builds a fetcher the way the container does, with test options, resolver and exempt addresses.</summary>
internal static class Fetchers
{
    public static FetchOptions LoopbackOptions(Action<FetchOptions>? configure = null)
    {
        var options = new FetchOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        return options;
    }

    public static SafeFetcher Create(FetchOptions options, IHostResolver? resolver = null, params IPAddress[] exempt)
    {
        var safety = new UrlSafety(Options.Create(options), resolver ?? FakeResolver.Of(), exempt.ToHashSet());
        var client = new HttpClient(SafeHttpHandler.Create(safety, options)) { Timeout = Timeout.InfiniteTimeSpan };
        return new SafeFetcher(client, safety, Options.Create(options), TimeProvider.System);
    }
}
