using BriefingBot.Channels;
using BriefingBot.Conversations;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BriefingBot.Bot;

/// <summary>
/// Translates chat turns into questions and replies: the answerer decides what to say, the channel's
/// formatter decides how it looks. Chat commands (admin and subscription actions) get the first look at
/// each message. Nothing here knows about articles. When the bot joins a conversation, its address is
/// stored (when a subscription store is registered) so daily briefings can be posted there later.
/// </summary>
public sealed class BriefingActivityHandler(
    IAnswerer answerer,
    IEnumerable<IChatCommand> commands,
    ReplyFormatterSelector formatters,
    ISubscriptionStore? conversations = null,
    TimeProvider? time = null) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var question = MentionText.Question(turnContext.Activity);
        var reply = string.IsNullOrWhiteSpace(question)
            ? WelcomeReply.Create()
            : await ReplyToAsync(turnContext.Activity, question, cancellationToken).ConfigureAwait(false);

        // A long reply (an on-demand briefing) may take several messages.
        var formatter = formatters.For(turnContext.Activity.ChannelId);
        await turnContext.SendActivitiesAsync([.. formatter.FormatMessages(reply)], cancellationToken).ConfigureAwait(false);
    }

    private async Task<Reply> ReplyToAsync(IMessageActivity activity, string text, CancellationToken cancellationToken)
    {
        var turn = ChatTurns.From(activity, text);
        foreach (var command in commands)
        {
            var reply = await command.TryHandleAsync(turn, cancellationToken).ConfigureAwait(false);
            if (reply is not null)
            {
                return reply;
            }
        }

        return await answerer.AnswerAsync(text, ConversationKey(turn), cancellationToken).ConfigureAwait(false);
    }

    // Follow-ups are per conversation: a Teams channel thread and a Slack DM each keep their own last question.
    private static string? ConversationKey(ChatTurn turn) =>
        string.IsNullOrEmpty(turn.ConversationId) ? null : $"{turn.ChannelId}:{turn.ConversationId}";

    /// <summary>
    /// The bot offers no cards with actions, search or sign-in, so every invoke is one it does not handle.
    /// The SDK answers those 501, a 5xx that reads as a server fault to channels and monitoring; it is the
    /// caller's request that is not supported, so say 400.
    /// </summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var response = await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return response.Status == (int)System.Net.HttpStatusCode.NotImplemented
            ? new InvokeResponse { Status = (int)System.Net.HttpStatusCode.BadRequest }
            : response;
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Greet once when the bot itself joins, not every time a person is added to a team it is in.
        var botId = turnContext.Activity.Recipient?.Id;
        if (botId is null || !membersAdded.Any(m => m.Id == botId))
        {
            return;
        }

        // Remember how to reach this conversation, so briefings can be posted here without being asked.
        var activity = turnContext.Activity;
        if (conversations is not null && !string.IsNullOrEmpty(activity.ChannelId) && !string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            var now = (time ?? TimeProvider.System).GetUtcNow();
            await conversations.SaveConversationAsync(activity.ChannelId, activity.Conversation.Id, ConversationAddresses.Of(activity), now, cancellationToken).ConfigureAwait(false);
        }

        var formatter = formatters.For(turnContext.Activity.ChannelId);
        await turnContext.SendActivityAsync(formatter.Format(WelcomeReply.Create()), cancellationToken).ConfigureAwait(false);
    }
}
