using System.Threading.RateLimiting;
using BriefingBot.Channels;
using BriefingBot.Core.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BriefingBot.Bot;

/// <summary>
/// Per-conversation rate limit, with the rate limiter ASP.NET Core's own middleware is built on
/// (System.Threading.RateLimiting, a token bucket per conversation). It runs inside the turn, after
/// authentication, on the Activity the SDK deserialized: the partition is the conversation the bot would
/// answer, the body is read once, and an unauthenticated flood is refused (401) before it costs a permit.
/// Over the limit, a message gets one polite "slow down" reply per window and the rest are acknowledged
/// without an answer. Not a 429: the Bot Connector treats a non-2xx from the bot as a failed delivery,
/// so Teams shows the user a generic error (or the channel retries, adding load), and the user never
/// learns why; a message in the conversation says what happened and what to do.
/// </summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    public const string Title = "Slow down a little";
    public const string Notice = "You're asking faster than I can answer. Please wait a few seconds, then ask again.";

    private readonly PartitionedRateLimiter<string> _turns;
    private readonly PartitionedRateLimiter<string> _notices;
    private readonly bool _enabled;

    public ConversationRateLimiter(IOptions<BotOptions> options)
    {
        var limit = options.Value;
        _enabled = limit.RateLimitEnabled;
        var window = TimeSpan.FromSeconds(limit.RateLimitWindowSeconds);

        // Idle per-conversation limiters are dropped by PartitionedRateLimiter itself, so memory stays
        // bounded however many conversations come and go.
        _turns = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit.RateLimitTurns,
            TokensPerPeriod = limit.RateLimitTurns,
            ReplenishmentPeriod = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        _notices = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = 1,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The bot, behind the limit.</summary>
    public IBot Guard(IBot bot, ReplyFormatterSelector formatters) => _enabled ? new LimitedBot(this, bot, formatters) : bot;

    public void Dispose()
    {
        _turns.Dispose();
        _notices.Dispose();
    }

    private static string Key(IActivity activity) => $"{activity.ChannelId}\n{activity.Conversation?.Id}";

    private sealed class LimitedBot(ConversationRateLimiter limiter, IBot inner, ReplyFormatterSelector formatters) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            var key = Key(turnContext.Activity);
            using (var lease = limiter._turns.AttemptAcquire(key))
            {
                if (lease.IsAcquired)
                {
                    await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
                    return;
                }
            }

            if (turnContext.Activity.Type != ActivityTypes.Message)
            {
                return;
            }

            using var notice = limiter._notices.AttemptAcquire(key);
            if (notice.IsAcquired)
            {
                var reply = new Reply(Title, [Notice], [], [], []);
                await turnContext.SendActivityAsync(formatters.For(turnContext.Activity.ChannelId).Format(reply), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
