using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Where the archive lives. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string DatabaseFileName = "briefingbot.db";

    /// <summary>The data folder; created on first use. Relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Storage:DataDirectory must name a folder for the archive.")]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>How long a writer waits for another writer before giving up.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>
    /// How much memory (MB) the read cache may hold: results of the answers' reads (a speaker's quotes, a search's
    /// hits) for the archive as it is now. Any change to the archive empties it, so an answer never lags the
    /// archive. 0 turns it off.
    /// </summary>
    [Range(0, 65_536)]
    public int ReadCacheMegabytes { get; set; } = 128;
}
