using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// Polls sources while the service runs: sleeps until the next source is due (or an admin adds or resumes
/// one, or a poll finishes), starts every due source, and goes back to sleep. Time comes from the
/// <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed partial class SourcePollingService : BackgroundService
{
    private readonly SourceScheduler _scheduler;
    private readonly SqliteSourceStore _sources;
    private readonly SourceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SourcePollingService> _logger;
    private readonly SourceSignals _signals;
    private readonly SemaphoreSlim _wake = new(0);

    public SourcePollingService(
        SourceScheduler scheduler, SqliteSourceStore sources, SourceSignals signals, IOptions<SourceOptions> options, TimeProvider time,
        ILogger<SourcePollingService> logger)
    {
        ArgumentNullException.ThrowIfNull(signals);
        _scheduler = scheduler;
        _sources = sources;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _signals = signals;
        _signals.Changed += Wake;
        _scheduler.Polled += OnPolled;
    }

    public override void Dispose()
    {
        _scheduler.Polled -= OnPolled;
        _signals.Changed -= Wake;
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.PollingEnabled)
        {
            LogDisabled();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _scheduler.StartDueAsync(stoppingToken);
                await SleepUntilDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be busy or briefly unavailable: try again later rather than stop polling for good.
                LogRoundFailed(e);
                await DelayAsync(_options.IdleCheck, stoppingToken);
            }
        }
    }

    private async Task SleepUntilDueAsync(CancellationToken stoppingToken)
    {
        var next = await _sources.NextDueAsync(stoppingToken);
        var now = _time.GetUtcNow();
        var wait = next is { } due ? due - now : _options.IdleCheck;
        if (wait > _options.IdleCheck)
        {
            wait = _options.IdleCheck;
        }

        if (wait <= TimeSpan.Zero)
        {
            // Due but already in flight: wait for a poll to finish (or the idle check) instead of spinning.
            wait = _options.IdleCheck;
        }

        await DelayAsync(wait, stoppingToken);
    }

    private async Task DelayAsync(TimeSpan wait, CancellationToken stoppingToken)
    {
        using var wakeOrTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var delay = Task.Delay(wait, _time, wakeOrTimeout.Token);
        var woken = _wake.WaitAsync(wakeOrTimeout.Token);
        await Task.WhenAny(delay, woken);
        await wakeOrTimeout.CancelAsync();
        try
        {
            await Task.WhenAll(delay, woken);
        }
        catch (OperationCanceledException)
        {
            // One of the two was cancelled because the other finished first.
        }

        stoppingToken.ThrowIfCancellationRequested();
    }

    private void OnPolled(PollReport report)
    {
        LogPolled(report.SourceId, report.Outcome, report.Stored, report.NextPoll);
        Wake();
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (ObjectDisposedException)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source polling is off (Sources:PollingEnabled=false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Error, Message = "A polling round failed; trying again shortly")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {SourceId} polled: {Outcome}, {Stored} stored, next poll {NextPoll:O}")]
    private partial void LogPolled(long sourceId, PollOutcome outcome, int stored, DateTimeOffset nextPoll);
}
