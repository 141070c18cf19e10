using BriefingBot.Conversations;
using Microsoft.Extensions.Options;

namespace BriefingBot.Admin;

/// <summary>Decides whether the sender of a chat turn is an admin, and names them for the audit log.</summary>
public sealed class AdminPolicy(IOptions<AdminOptions> options, IConfiguration configuration)
{
    private readonly AdminOptions _options = options.Value;
    private readonly bool _localMode = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);

    /// <returns>The actor name for the audit log ("msteams:&lt;aad id&gt;", "slack:U…", "emulator:&lt;id&gt;"), or null for a non-admin.</returns>
    public string? AdminActor(ChatTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        switch (turn.ChannelId)
        {
            case "msteams" when turn.UserAadObjectId is { } aad
                && _options.TeamsAadObjectIds.Contains(aad, StringComparer.OrdinalIgnoreCase):
                return $"msteams:{aad}";
            case "slack":
                var user = turn.UserId.Split(':')[0];
                return _options.SlackUserIds.Contains(user, StringComparer.Ordinal) || _options.SlackUserIds.Contains(turn.UserId, StringComparer.Ordinal)
                    ? $"slack:{user}"
                    : null;
            case "emulator" when _localMode && _options.EmulatorIsAdminInLocalMode:
                return $"emulator:{turn.UserId}";
            default:
                return null;
        }
    }
}
