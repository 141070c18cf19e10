using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using BriefingBot.Channels;
using BriefingBot.Conversations;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace BriefingBot.Bot;

/// <summary>
/// Posts briefings with the adapter's ContinueConversationAsync, so they go through the same connector
/// factory (shared serializers, same authentication) as replies. Each message is retried on 429 and 5xx,
/// waiting what Retry-After asks (else a jittered exponential backoff); 403 and 404 mean the bot was removed
/// and are not retried. Slack gets at most one message per channel per Briefings:SlackMessageInterval.
/// </summary>
internal sealed partial class ProactiveBriefingPoster : IBriefingPoster
{
    private readonly CloudAdapter _adapter;
    private readonly ReplyFormatterSelector _formatters;
    private readonly TimeProvider _time;
    private readonly BriefingOptions _options;
    private readonly ILogger<ProactiveBriefingPoster> _logger;
    private readonly string _botAppId;
    private readonly ResiliencePipeline _retry;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _channelGates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.Ordinal);

    public ProactiveBriefingPoster(
        CloudAdapter adapter, ReplyFormatterSelector formatters, IConfiguration configuration, TimeProvider time,
        IOptions<BriefingOptions> options, ILogger<ProactiveBriefingPoster> logger)
    {
        _adapter = adapter;
        _formatters = formatters;
        _time = time;
        _options = options.Value;
        _logger = logger;
        _botAppId = configuration["MicrosoftAppId"] ?? string.Empty;
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<ErrorResponseException>(e => IsTransient(e.Response?.StatusCode)).Handle<HttpRequestException>(),
                MaxRetryAttempts = _options.MaxSendAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(1),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception)),
                OnRetry = args =>
                {
                    LogRetry(args.AttemptNumber + 1, args.RetryDelay, Describe(args.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<PostResult> PostAsync(string conversationAddress, Reply reply, CancellationToken cancellationToken)
    {
        var reference = ConversationAddresses.ReadForNewMessage(conversationAddress);
        if (reference is null)
        {
            return new PostResult(PostOutcome.Failed, 0, "The stored conversation address is unreadable.");
        }

        var messages = _formatters.For(reference.ChannelId).FormatMessages(reply);
        var key = GateKey(reference);
        var gate = _channelGates.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sent = 0;
            foreach (var message in messages)
            {
                await PaceAsync(reference.ChannelId, key, cancellationToken).ConfigureAwait(false);
                try
                {
                    await _retry.ExecuteAsync(token => new ValueTask(SendAsync(reference, message, token)), cancellationToken).ConfigureAwait(false);
                }
                catch (ErrorResponseException e) when (e.Response?.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
                {
                    return new PostResult(PostOutcome.Gone, sent, Describe(e));
                }
                catch (Exception e) when (e is ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException)
                {
                    return new PostResult(PostOutcome.Failed, sent, Describe(e));
                }
                finally
                {
                    _lastSent[key] = _time.GetUtcNow();
                }

                sent++;
            }

            return new PostResult(PostOutcome.Sent, sent, null);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task SendAsync(ConversationReference reference, IMessageActivity message, CancellationToken cancellationToken)
    {
        // The adapter hands turn exceptions to its OnTurnError (which would post an apology into the channel);
        // catching inside the callback keeps failures ours to retry or report.
        // Sent with the turn's connector client (made by the adapter's connector factory) as a new message:
        // turn.SendActivityAsync would make it a reply to the continuation event's made-up id.
        Exception? failure = null;
        await _adapter.ContinueConversationAsync(_botAppId, reference, async (turn, token) =>
        {
            try
            {
                var client = turn.TurnState.Get<IConnectorClient>()
                    ?? throw new InvalidOperationException("The adapter gave the proactive turn no connector client.");
                var activity = (Activity)message;
                activity.ApplyConversationReference(reference);
                activity.ReplyToId = null;
                await client.Conversations.SendToConversationAsync(activity, token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e;
            }
        }, cancellationToken).ConfigureAwait(false);

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task PaceAsync(string channelId, string key, CancellationToken cancellationToken)
    {
        if (channelId != BotChannels.Slack || !_lastSent.TryGetValue(key, out var last))
        {
            return;
        }

        var wait = last + _options.SlackMessageInterval - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan? RetryAfter(Exception? exception)
    {
        if (exception is not ErrorResponseException { Response.Headers: { } headers })
        {
            return null; // the exponential backoff
        }

        var value = headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        TimeSpan? delay = null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            delay = TimeSpan.FromSeconds(seconds);
        }
        else if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            delay = at - _time.GetUtcNow();
        }

        if (delay is null)
        {
            return null;
        }

        // A server asking for longer than we will wait ends the attempt; the day's delivery is reported failed.
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > _options.MaxRetryAfter ? _options.MaxRetryAfter : delay;
    }

    private static bool IsTransient(HttpStatusCode? status) =>
        status is HttpStatusCode.TooManyRequests || (int?)status >= 500;

    private static string GateKey(ConversationReference reference) => $"{reference.ChannelId}\n{reference.Conversation.Id}";

    private static string Describe(Exception? exception) => exception switch
    {
        ErrorResponseException { Response: { } response } => $"{(int)response.StatusCode} {response.StatusCode}",
        null => "unknown failure",
        _ => exception.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing post failed ({Failure}); attempt {Attempt} in {Delay}")]
    private partial void LogRetry(int attempt, TimeSpan delay, string failure);
}
