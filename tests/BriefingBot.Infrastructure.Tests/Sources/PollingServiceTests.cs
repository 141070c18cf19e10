using System.Collections.Concurrent;
using BriefingBot.Infrastructure.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Infrastructure.Tests.Sources;

/// <summary>The background poller on a fake clock: it polls a new source at once and each source again when its interval passes.</summary>
public sealed class PollingServiceTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<PollReport> _reports = new();
    private readonly SemaphoreSlim _polled = new(0);
    private SourceHarness _h = null!;
    private IHostedService? _service;

    public async Task InitializeAsync()
    {
        _h = await SourceHarness.StartAsync();
        _h.Scheduler.Polled += report =>
        {
            _reports.Enqueue(report);
            _polled.Release();
        };
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.StopAsync(CancellationToken.None);
            (_service as IDisposable)?.Dispose();
        }

        await _h.DisposeAsync();
    }

    [Fact]
    public async Task A_new_source_is_polled_at_once_and_again_after_its_interval_and_a_broken_one_does_not_stop_the_service()
    {
        _h.Server.Feed("/feed.xml", Rss(Item("Northwick")));
        _h.Server.Status("/broken.xml", 500);
        var good = await _h.AddAsync("/feed.xml", interval: TimeSpan.FromMinutes(30));
        await StartPollerAsync();
        var broken = await _h.AddAsync("/broken.xml", host: "broken.test", interval: TimeSpan.FromMinutes(30));
        _h.Services.GetRequiredService<SourceSignals>().NotifyChanged();

        var firstRound = await NextReportsAsync(2);

        Assert.Equal(1, firstRound.Single(r => r.SourceId == good.Id).Stored);
        Assert.Equal(PollOutcome.Failed, firstRound.Single(r => r.SourceId == broken.Id).Outcome);

        _h.Server.Feed("/feed.xml", Rss(Item("Oakhurst"), Item("Northwick")));
        _h.Clock.Advance(TimeSpan.FromMinutes(30));

        var again = await NextReportsAsync(1);
        Assert.Equal(good.Id, again[0].SourceId);
        Assert.Equal(1, again[0].Stored);
        Assert.Equal(2, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task A_paused_source_is_not_polled()
    {
        _h.Server.Feed("/feed.xml", Rss(Item("Pinehollow")));
        _h.Server.Feed("/other.xml", Rss(Item("Quarrytown")));
        var paused = await _h.AddAsync("/feed.xml");
        await _h.Sources.SetPausedAsync(paused.Id, true);
        var active = await _h.AddAsync("/other.xml", host: "other.test");
        await StartPollerAsync();

        var report = (await NextReportsAsync(1))[0];

        Assert.Equal(active.Id, report.SourceId);
        Assert.Equal(0, _h.Server.Hits("/feed.xml"));
    }

    private async Task StartPollerAsync()
    {
        _service = ActivatorUtilities.CreateInstance<SourcePollingService>(_h.Services);
        await _service.StartAsync(CancellationToken.None);
    }

    private async Task<List<PollReport>> NextReportsAsync(int count)
    {
        var reports = new List<PollReport>();
        for (var i = 0; i < count; i++)
        {
            Assert.True(await _polled.WaitAsync(TimeSpan.FromSeconds(30)), "the poller did not poll");
            Assert.True(_reports.TryDequeue(out var report));
            reports.Add(report);
        }

        return reports;
    }
}
