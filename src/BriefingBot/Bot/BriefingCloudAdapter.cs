using Microsoft.Bot.Builder;
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
