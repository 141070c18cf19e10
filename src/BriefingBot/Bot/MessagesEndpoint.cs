using BriefingBot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace BriefingBot.Bot;

/// <summary>
/// POST /api/messages: validates the request (see <see cref="ActivityRequestReader"/>), then hands it to
/// the adapter. Authentication failures are 401 whichever way the SDK reports them, a serviceUrl refused
/// in local mode is 403 (see <see cref="LocalServiceUrlPolicy"/>); bad input never
/// becomes a 500, and a failure here never takes the service down.
/// </summary>
internal static class MessagesEndpoint
{
    public const string Route = "/api/messages";

    public static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint));
        var maxBytes = services.GetRequiredService<IOptions<BotOptions>>().Value.MaxRequestBytes;

        var request = await ActivityRequestReader.ReadAsync(context.Request, maxBytes, context.RequestAborted).ConfigureAwait(false);
        if (!request.Accepted)
        {
            logger.LogInformation("Refused an activity request: {StatusCode} {Problem}", request.StatusCode, request.Problem);
            await Results.Problem(statusCode: request.StatusCode, title: request.Problem).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        // The SDK reads the body itself; give it the bytes we already checked.
        context.Request.Body = new MemoryStream(request.Body!, writable: false);
        context.Request.ContentLength = request.Body!.Length;

        var adapter = services.GetRequiredService<IBotFrameworkHttpAdapter>();
        var limited = services.GetRequiredService<ConversationRateLimiter>()
            .Guard(services.GetRequiredService<IBot>(), services.GetRequiredService<ReplyFormatterSelector>());
        var bot = new TurnTrackingBot(limited);
        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ServiceUrlRefusedException refused) when (!context.Response.HasStarted && !bot.TurnStarted)
        {
            // Local mode, non-loopback serviceUrl: forbidden rather than 401, since no token would help;
            // the title says how to allow it. Already logged where it was decided.
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: refused.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (UnusableActivityException unusable) when (!context.Response.HasStarted && !bot.TurnStarted)
        {
            logger.LogInformation("Refused an activity request: 400 {Problem}", unusable.Message);
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: unusable.Message).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !bot.TurnStarted
            && (ex is UnauthorizedAccessException or SecurityTokenException))
        {
            // Backstop for auth failures that escape BriefingBotFrameworkAuthentication's translation.
            logger.LogWarning("Rejected an activity request before the turn ({Failure})", ex.GetType().Name);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            // Not bad input (that was checked above): e.g. the token keys could not be fetched, or the
            // turn's error handler itself failed. A 5xx tells the channel to retry later.
            logger.LogError(ex, "An activity request failed {Phase} the turn", bot.TurnStarted ? "during" : "before");
            context.Response.StatusCode = bot.TurnStarted ? StatusCodes.Status500InternalServerError : StatusCodes.Status503ServiceUnavailable;
        }
    }

    /// <summary>Tells a failure while authenticating (before the turn) from one inside the bot.</summary>
    private sealed class TurnTrackingBot(IBot inner) : IBot
    {
        public bool TurnStarted { get; private set; }

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            TurnStarted = true;
            return inner.OnTurnAsync(turnContext, cancellationToken);
        }
    }
}
