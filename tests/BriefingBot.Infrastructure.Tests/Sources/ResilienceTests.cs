using BriefingBot.Infrastructure.Fetching;
using BriefingBot.Infrastructure.Sources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Infrastructure.Tests.Sources;

/// <summary>The Polly pipeline under the fetcher, as registered: retries that honour Retry-After, a circuit breaker per host.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private SourceHarness _h = null!;

    public async Task InitializeAsync() => _h = await SourceHarness.StartAsync(new Dictionary<string, string?>
    {
        ["Fetching:Resilience:Retries"] = "2",
        ["Fetching:Resilience:RetryDelay"] = "00:00:00.010",
        ["Fetching:Resilience:MaxRetryAfter"] = "00:00:01",
        ["Fetching:Resilience:BreakAfterRequests"] = "3",
        ["Fetching:Resilience:BreakFailureRatio"] = "1",
    }, systemClock: true);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private SafeFetcher Fetcher => _h.Services.GetRequiredService<SafeFetcher>();

    [Fact]
    public async Task A_503_with_a_short_Retry_After_is_retried_and_the_fetch_succeeds()
    {
        var calls = 0;
        _h.Server.Route("/flaky.xml", context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.Headers.RetryAfter = "0";
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "application/rss+xml";
            return context.Response.WriteAsync(Rss(Item("Ravensholt")));
        });

        var result = await Fetcher.FetchAsync(new Uri(_h.Server.Url("/flaky.xml", "feeds.test")), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(2, _h.Server.Hits("/flaky.xml"));
    }

    [Fact]
    public async Task A_Retry_After_longer_than_allowed_is_not_waited_out_but_handed_to_the_schedule()
    {
        _h.Server.Status("/busy.xml", 429, retryAfter: "3600");

        var result = await Fetcher.FetchAsync(new Uri(_h.Server.Url("/busy.xml", "feeds.test")), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(TimeSpan.FromHours(1), result.RetryAfter);
        Assert.Equal(1, _h.Server.Hits("/busy.xml"));
    }

    [Fact]
    public async Task A_host_that_keeps_failing_has_its_circuit_opened_while_other_hosts_are_still_fetched()
    {
        _h.Server.Status("/down.xml", 500);
        _h.Server.Feed("/up.xml", Rss(Item("Saltmarsh")));
        var down = new Uri(_h.Server.Url("/down.xml", "broken.test"));

        var first = await Fetcher.FetchAsync(down, null, CancellationToken.None);
        var hitsWhenOpened = _h.Server.Hits("/down.xml");
        var second = await Fetcher.FetchAsync(down, null, CancellationToken.None);
        var otherHost = await Fetcher.FetchAsync(new Uri(_h.Server.Url("/up.xml", "feeds.test")), null, CancellationToken.None);

        Assert.Contains("HTTP 500", first.Reason);
        Assert.Equal(3, hitsWhenOpened);
        Assert.Equal(FetchStatus.Failed, second.Status);
        Assert.Contains("circuit open", second.Reason);
        Assert.Equal(hitsWhenOpened, _h.Server.Hits("/down.xml"));
        Assert.Equal(FetchStatus.Ok, otherHost.Status);
    }
}
