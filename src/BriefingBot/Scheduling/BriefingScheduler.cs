using BriefingBot.Conversations;
using BriefingBot.Core.Briefings;
using Microsoft.Extensions.Options;

namespace BriefingBot.Scheduling;

/// <summary>
/// Posts each active subscription's briefing once per local day. Every pass looks at every active
/// subscription; for a day whose time has come it first inserts the day's claim row, and only the caller
/// whose insert won (a UNIQUE constraint in the database) composes and posts. So a restart, a second pass
/// or a second instance on the same database never posts twice. A day missed by more than the grace window
/// (the service was down) is claimed as skipped and logged, not posted late. A claim whose instance died
/// while sending is not retried: at most once is the promise when a process dies mid-send.
/// </summary>
public sealed partial class BriefingScheduler(
    ISubscriptionStore subscriptions,
    Briefer briefer,
    IBriefingPoster poster,
    TimeProvider time,
    IOptions<BriefingOptions> options,
    ILogger<BriefingScheduler> logger)
{
    private const int MaxParallelPosts = 4;

    // Recorded with each claim, so an operator can see which instance posted.
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>One pass over the active subscriptions.</summary>
    /// <returns>How many briefings this pass posted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var posted = 0;
        var active = await subscriptions.ActiveAsync(cancellationToken).ConfigureAwait(false);

        // A few at a time: one channel's slow retries (a long Retry-After) must not hold up the others' mornings.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxParallelPosts, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(active, parallel, async (subscription, token) =>
        {
            if (!ScheduleText.TryFindTimeZone(subscription.TimeZone, out var zone))
            {
                LogUnknownZone(subscription.Id, subscription.TimeZone);
                return;
            }

            var now = time.GetUtcNow();
            foreach (var due in BriefingSchedule.DueDays(now, subscription.CreatedAt, subscription.LocalTime, zone, options.Value.GraceWindow))
            {
                if (await HandleAsync(subscription, due, now, token).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref posted);
                }
            }
        }).ConfigureAwait(false);

        return posted;
    }

    private async Task<bool> HandleAsync(Subscription subscription, BriefingSchedule.Due due, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = due.WithinGrace ? DeliveryStatus.Claimed : DeliveryStatus.Skipped;
        if (!await subscriptions.TryClaimAsync(subscription.Id, due.LocalDate, due.DueAt, status, _instance, now, cancellationToken).ConfigureAwait(false))
        {
            return false; // already posted, skipped, or being posted by another instance
        }

        if (!due.WithinGrace)
        {
            LogSkipped(subscription.Id, subscription.Region, due.LocalDate, now - due.DueAt);
            return false;
        }

        var area = await briefer.FindAreaAsync(subscription.Region, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            // An admin removed the region the subscription named.
            await subscriptions.CompleteAsync(subscription.Id, due.LocalDate, DeliveryStatus.Failed, "unknown region", time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            LogFailed(subscription.Id, subscription.Region, "the region no longer exists");
            return false;
        }

        var briefing = await briefer.ComposeAsync(area, time.GetUtcNow(), cancellationToken: cancellationToken).ConfigureAwait(false);
        var result = await poster.PostAsync(subscription.Address, BriefingReply.From(briefing), cancellationToken).ConfigureAwait(false);
        var finished = time.GetUtcNow();
        switch (result.Outcome)
        {
            case PostOutcome.Sent:
                await subscriptions.CompleteAsync(subscription.Id, due.LocalDate, DeliveryStatus.Sent, $"{result.Messages} message(s), {briefing.Stories.Count} stories", finished, cancellationToken).ConfigureAwait(false);
                LogPosted(subscription.Id, subscription.Region, due.LocalDate, briefing.Stories.Count, result.Messages);
                return true;
            case PostOutcome.Gone:
                await subscriptions.DeactivateAsync(subscription.Id, $"the channel refused the bot ({result.Detail})", cancellationToken).ConfigureAwait(false);
                await subscriptions.CompleteAsync(subscription.Id, due.LocalDate, DeliveryStatus.Gone, result.Detail, finished, cancellationToken).ConfigureAwait(false);
                LogGone(subscription.Id, subscription.Region, result.Detail);
                return false;
            default:
                await subscriptions.CompleteAsync(subscription.Id, due.LocalDate, DeliveryStatus.Failed, result.Detail, finished, cancellationToken).ConfigureAwait(false);
                LogFailed(subscription.Id, subscription.Region, result.Detail);
                return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted the {Region} briefing of subscription {SubscriptionId} for {LocalDate}: {Stories} stories in {Messages} message(s)")]
    private partial void LogPosted(long subscriptionId, string region, DateOnly localDate, int stories, int messages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped the {Region} briefing of subscription {SubscriptionId} for {LocalDate}: due {Late} ago, beyond Briefings:GraceWindow")]
    private partial void LogSkipped(long subscriptionId, string region, DateOnly localDate, TimeSpan late);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} ({Region}) is now inactive: {Detail}")]
    private partial void LogGone(long subscriptionId, string region, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Region} briefing of subscription {SubscriptionId} failed: {Detail}")]
    private partial void LogFailed(long subscriptionId, string region, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId} names an unknown time zone '{TimeZone}'")]
    private partial void LogUnknownZone(long subscriptionId, string timeZone);
}
