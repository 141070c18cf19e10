using System.Net;
using BriefingBot.Infrastructure.Fetching;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>
/// Private addresses refused (the production setting). "public.test" reaches the loopback server only
/// because the test exempts exactly 127.0.0.1; every other non-public address is refused before any
/// traffic is sent, so nothing here ever connects outside loopback.
/// </summary>
public sealed class PrivateAddressFetchTests(FakeWebServer server) : IClassFixture<FakeWebServer>, IDisposable
{
    private readonly Fetchers _fetchers = new();

    private static readonly IPAddress Loopback = IPAddress.Loopback;

    private readonly FakeResolver _resolver = FakeResolver.Of(
        ("public.test", "127.0.0.1"),
        ("internal.test", "10.0.0.5"));

    private SafeFetcher Fetcher() => _fetchers.Create(new FetchOptions { Timeout = TimeSpan.FromSeconds(10) }, _resolver, Loopback);

    public void Dispose() => _fetchers.Dispose();

    private Uri Public(string path) => new($"http://public.test:{server.Port}{path}");

    [Fact]
    public async Task The_exempted_test_host_is_reachable()
    {
        var result = await Fetcher().FetchAsync(Public("/text"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("plain words", result.Text);
    }

    [Fact]
    public async Task A_redirect_to_a_name_resolving_to_a_private_address_is_refused()
    {
        var result = await Fetcher().FetchAsync(Public("/to-private"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("host 'internal.test' resolves to 10.0.0.5, which is a private-network address", result.Reason);
        Assert.Equal(new Uri("http://internal.test/admin"), result.FinalUrl);
    }

    [Fact]
    public async Task A_redirect_to_the_metadata_address_is_refused()
    {
        var result = await Fetcher().FetchAsync(Public("/to-metadata"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("169.254.169.254 is the cloud metadata address", result.Reason);
    }

    [Fact]
    public async Task A_loopback_url_is_refused_when_private_addresses_are_not_allowed()
    {
        var fetcher = _fetchers.Create(new FetchOptions(), _resolver);

        var result = await fetcher.FetchAsync(server.Url("/text"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("127.0.0.1 is a loopback address", result.Reason);
        Assert.Contains("Fetching:AllowPrivateAddresses", result.Reason);
    }

    [Fact]
    public async Task An_unresolvable_host_is_a_failure()
    {
        var result = await Fetcher().FetchAsync(new Uri("http://nowhere.test/"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("could not be resolved", result.Reason);
    }

    [Fact]
    public async Task The_connection_goes_to_the_checked_address_even_if_dns_changes_after_the_check()
    {
        // First answer: the exempt 127.0.0.1. Any later answer: 127.0.0.2, which is neither exempt nor
        // listening, so re-resolving at connect time would fail the fetch (and stays on loopback).
        var table = new Dictionary<string, IPAddress[]> { ["public.test"] = [Loopback] };
        var rebinding = new FakeResolver(table)
        {
            OnLookup = (host, count) =>
            {
                if (count > 1)
                {
                    table[host] = [IPAddress.Parse("127.0.0.2")];
                }
            },
        };
        var fetcher = _fetchers.Create(new FetchOptions { Timeout = TimeSpan.FromSeconds(10) }, rebinding, Loopback);

        var result = await fetcher.FetchAsync(Public("/text"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(1, rebinding.Lookups("public.test"));
    }

    [Fact]
    public async Task The_handler_checks_addresses_itself_for_requests_the_fetcher_did_not_check()
    {
        var options = new FetchOptions();
        var safety = new UrlSafety(Options.Create(options), _resolver);
        using var client = new HttpClient(SafeHttpHandler.Create(safety, options));

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(server.Url("/text")));

        Assert.Contains("loopback", error.InnerException?.Message ?? error.Message);
    }
}
