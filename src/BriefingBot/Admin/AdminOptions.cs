namespace BriefingBot.Admin;

/// <summary>
/// Who may change sources from chat. Bound from the "Admins" section. Ids, not names: display names can be
/// changed by their owners, ids cannot.
/// </summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admins";

    /// <summary>Teams: Entra ID (AAD) object ids of admins (the activity's from.aadObjectId).</summary>
    public List<string> TeamsAadObjectIds { get; set; } = [];

    /// <summary>Slack: user ids of admins ("U0123ABCD"; the activity's from.id is "U0123ABCD:T0456EFGH", either form matches).</summary>
    public List<string> SlackUserIds { get; set; } = [];

    /// <summary>
    /// Treat everyone on the Emulator channel as an admin, only in local mode (no MicrosoftAppId), where the bot
    /// answers loopback callers only. Off by default: local mode authenticates nobody, so anyone who can reach
    /// /api/messages could claim any id.
    /// </summary>
    public bool EmulatorIsAdminInLocalMode { get; set; }
}
