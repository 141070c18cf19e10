using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Bot;

/// <summary>Settings of the messaging endpoint ("Bot" section).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Largest activity body accepted on /api/messages (413 above it). Real activities are a few KB;
    /// the cap keeps a hostile client from making us buffer megabytes before authentication.
    /// </summary>
    [Range(4 * 1024, 64 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// In local mode (no MicrosoftAppId) nothing authenticates the caller, so by default the bot replies
    /// only to a loopback serviceUrl; true lets unauthenticated activities name any serviceUrl, which makes
    /// the bot an open relay for whoever reaches /api/messages. Ignored when a MicrosoftAppId is set.
    /// </summary>
    public bool AllowRemoteServiceUrlWithoutAuth { get; set; }

    /// <summary>Whether one conversation's turns are limited (see <see cref="ConversationRateLimiter"/>).</summary>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>Turns one conversation may start in a burst, refilled every <see cref="RateLimitWindowSeconds"/>.</summary>
    [Range(1, 100_000)]
    public int RateLimitTurns { get; set; } = 10;

    [Range(1, 3600)]
    public int RateLimitWindowSeconds { get; set; } = 10;
}
