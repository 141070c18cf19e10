using BriefingBot.Core.Briefings;
using Microsoft.Extensions.Options;

namespace BriefingBot.Scheduling;

/// <summary>Runs the scheduler's passes every Briefings:CheckInterval on the host's TimeProvider.</summary>
internal sealed partial class BriefingSchedulerService(
    BriefingScheduler scheduler, TimeProvider time, IOptions<BriefingOptions> options, ILogger<BriefingSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await scheduler.RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A pass that fails (database busy, a bug) must not stop the next one.
                LogPassFailed(e);
            }

            try
            {
                await Task.Delay(options.Value.CheckInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A briefing scheduler pass failed")]
    private partial void LogPassFailed(Exception exception);
}
