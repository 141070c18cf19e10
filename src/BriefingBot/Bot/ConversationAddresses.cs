using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BriefingBot.Bot;

/// <summary>The stored form of a conversation address: the Bot Framework's ConversationReference as JSON.</summary>
internal static class ConversationAddresses
{
    public static string Of(IActivity activity) => JsonConvert.SerializeObject(activity.GetConversationReference());

    public static ConversationReference? Read(string address)
    {
        try
        {
            var reference = JsonConvert.DeserializeObject<ConversationReference>(address);
            return reference?.Conversation?.Id is null || string.IsNullOrWhiteSpace(reference.ServiceUrl) ? null : reference;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
