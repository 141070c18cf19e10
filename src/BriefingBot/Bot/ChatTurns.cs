using BriefingBot.Conversations;
using Microsoft.Bot.Schema;

namespace BriefingBot.Bot;

/// <summary>Translates a Bot Framework message into the channel-neutral <see cref="ChatTurn"/>.</summary>
internal static class ChatTurns
{
    public static ChatTurn From(IMessageActivity activity, string text) => new(
        text,
        activity.ChannelId ?? string.Empty,
        activity.Conversation?.Id ?? string.Empty,
        activity.From?.Id ?? string.Empty,
        string.IsNullOrWhiteSpace(activity.From?.AadObjectId) ? null : activity.From.AadObjectId,
        string.IsNullOrWhiteSpace(activity.From?.Name) ? null : activity.From.Name,
        new Lazy<string>(() => ConversationAddresses.Of(activity), LazyThreadSafetyMode.None));
}
