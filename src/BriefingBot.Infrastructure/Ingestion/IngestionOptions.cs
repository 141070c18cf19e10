using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>Limits for ingestion. Bound from the "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Larger files are refused: no news article is this big, and reading one whole would cost memory for nothing.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Ingestion:MaxFileBytes must be a positive number of bytes.")]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
