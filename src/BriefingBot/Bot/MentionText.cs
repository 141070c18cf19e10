using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace BriefingBot.Bot;

/// <summary>
/// The question without the bot's @mention: in Teams channels and Slack the user must mention the bot,
/// and "&lt;at&gt;BriefingBot&lt;/at&gt; what did X say?" would otherwise reach the answerer verbatim.
/// </summary>
/// <remarks>
/// Equivalent to the SDK's RemoveRecipientMention, which reads only the entity's extension data (so
/// in-memory Mention objects are ignored) and throws NullReferenceException on a mention entity without
/// "mentioned", turning a harmless odd message into a failed turn.
/// </remarks>
internal static partial class MentionText
{
    public static string Question(IMessageActivity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity?.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Mention? mention;
            try
            {
                mention = entity!.GetAs<Mention>();
            }
            catch (Newtonsoft.Json.JsonException)
            {
                continue;
            }

            if (botId is not null && mention?.Mentioned?.Id == botId && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, " ", StringComparison.Ordinal);
            }
        }

        // Slack's raw user mentions (<@U123ABC>) when the channel sent no mention entity.
        return Whitespace().Replace(SlackUserMention().Replace(text, " "), " ").Trim();
    }

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex SlackUserMention();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Whitespace();
}
