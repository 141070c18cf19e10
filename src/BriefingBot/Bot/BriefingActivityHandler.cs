using BriefingBot.Channels;
using BriefingBot.Core.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Bot;

/// <summary>
/// Translates chat turns into questions and replies: the answerer decides what to say, the channel's
/// formatter decides how it looks. Nothing here knows about articles.
/// </summary>
public sealed class BriefingActivityHandler(IAnswerer answerer, ReplyFormatterSelector formatters) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = MentionText.Question(turnContext.Activity);
        var reply = string.IsNullOrWhiteSpace(question)
            ? WelcomeReply.Create()
            : await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);

        var formatter = formatters.For(turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(formatter.Format(reply), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once when the bot itself joins, not every time a person is added to a team it is in.
        var botId = turnContext.Activity.Recipient?.Id;
        if (botId is null || !membersAdded.Any(m => m.Id == botId))
        {
            return;
        }

        var formatter = formatters.For(turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(formatter.Format(WelcomeReply.Create()), cancellationToken).ConfigureAwait(false);
    }
}
