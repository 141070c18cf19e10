namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>The outcome for one file or text: the stored article, or why it was not stored.</summary>
/// <param name="Source">The file path, or "(text)" for raw text.</param>
public sealed record IngestResult(
    string Source,
    long? ArticleId,
    string? Title,
    int QuoteCount,
    bool AlreadyStored,
    string? Error)
{
    public bool Succeeded => Error is null;

    public static IngestResult Failed(string source, string error) => new(source, null, null, 0, false, error);
}
