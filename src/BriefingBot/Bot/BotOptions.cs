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
}
