using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace BriefingBot.Bot;

/// <summary>
/// The question without the bot's @mention: in Teams channels and Slack the user must mention the bot,
/// and "&lt;at&gt;BriefingBot&lt;/at&gt; what did X say?" would otherwise reach the answerer verbatim.
/// </summary>
internal static partial class MentionText
{
    public static string Question(IMessageActivity activity)
    {
        var text = activity is Activity concrete ? concrete.RemoveRecipientMention() : activity.Text;

        // Slack's raw user mentions (<@U123ABC>) when the channel sent no mention entity.
        return SlackUserMention().Replace(text ?? string.Empty, " ").Trim();
    }

    [GeneratedRegex(@"<@[A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex SlackUserMention();
}
