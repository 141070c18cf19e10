using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BriefingBot.Bot;

/// <summary>The stored form of a conversation address: the Bot Framework's ConversationReference as JSON.</summary>
internal static class ConversationAddresses
{
    public static string Of(IActivity activity) => JsonConvert.SerializeObject(activity.GetConversationReference());

    /// <summary>
    /// The address to start a new message in the conversation: without the activity it was taken from (else the
    /// post would be a reply to that message) and, in a Teams channel, without the thread (";messageid=..."), so
    /// a briefing is a new post in the channel rather than a reply under someone's "subscribe" message.
    /// </summary>
    public static ConversationReference? ReadForNewMessage(string address)
    {
        try
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(address);
            if (reference?.Conversation?.Id is null || string.IsNullOrWhiteSpace(reference.ServiceUrl))
            {
                return null;
            }

            reference.ActivityId = null;
            var thread = reference.Conversation.Id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
            if (thread > 0)
            {
                reference.Conversation.Id = reference.Conversation.Id[..thread];
            }

            return reference;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
