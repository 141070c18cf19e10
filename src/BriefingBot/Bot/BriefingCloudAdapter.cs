using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BriefingBot.Bot;

/// <summary>The SDK's CloudAdapter with our turn-error policy: log the failure, tell the user briefly.</summary>
internal sealed class BriefingCloudAdapter : CloudAdapter
{
    public const string Apology = "Sorry, something went wrong while I was answering. Please try again in a moment.";

    public BriefingCloudAdapter(BotFrameworkAuthentication authentication, ILogger<BriefingCloudAdapter> logger)
        : base(authentication, new AuthFailureLogFilter(logger))
    {
        OnTurnError = async (turnContext, exception) =>
        {
            if (exception is ErrorResponseException { Response.StatusCode: HttpStatusCode.BadRequest or HttpStatusCode.NotFound } refused)
            {
                // The channel refused the reply (an address or activity it does not know): nothing failed here,
                // and an apology to the same address would be refused too.
                logger.LogWarning("The channel refused a reply on channel {ChannelId} ({StatusCode})", turnContext.Activity.ChannelId, (int)refused.Response.StatusCode);
                return;
            }

            // Activity type and channel only: the user's text and any tokens stay out of the log.
            logger.LogError(exception, "A {ActivityType} turn on channel {ChannelId} failed", turnContext.Activity.Type, turnContext.Activity.ChannelId);
            try
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(Apology)).ConfigureAwait(false);
            }
            catch (Exception sendFailure)
            {
                logger.LogWarning("Could not send the apology either ({Failure})", sendFailure.GetType().Name);
            }
        };
    }
}
