using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>Limits for fetching remote feeds and pages. Bound from the "Fetching" configuration section.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetching";

    /// <summary>
    /// Bytes read off the wire (before decompression). Reading stops as soon as a body passes this, so a
    /// never-ending response costs at most this much memory. No feed or article page is this big.
    /// </summary>
    [Range(1, long.MaxValue, ErrorMessage = "Fetching:MaxResponseBytes must be a positive number of bytes.")]
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Bytes a compressed body may expand to. Separate from <see cref="MaxResponseBytes"/> because a few
    /// kilobytes of gzip can expand to gigabytes (a "gzip bomb").
    /// </summary>
    [Range(1, long.MaxValue, ErrorMessage = "Fetching:MaxDecompressedBytes must be a positive number of bytes.")]
    public long MaxDecompressedBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Redirect hops followed before giving up; every hop is checked like the first URL.</summary>
    [Range(0, 20, ErrorMessage = "Fetching:MaxRedirects must be between 0 and 20.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Wall-clock budget for one fetch: resolving, connecting, every redirect hop and reading the body.
    /// A slow drip that never ends is cut off here.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Fetching:Timeout must be between 0.1 seconds and 10 minutes.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent with every request, so site owners can see who polls them and why.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Fetching:UserAgent must not be empty.")]
    public string UserAgent { get; set; } = "BriefingBot/1.0 (news briefing bot; polls feeds that its admins added)";

    /// <summary>
    /// Lets fetches reach loopback, private-network, link-local (including cloud metadata) and other
    /// non-public addresses. Off by default: an admin-supplied URL must not become a way into the network
    /// the bot runs in. Tests turn it on to reach their loopback server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }
}
