namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// The content is not an article we can read (binary, empty, too large). The message says why in
/// words an operator can act on.
/// </summary>
public sealed class ArticleExtractionException : Exception
{
    public ArticleExtractionException(string message)
        : base(message)
    {
    }

    public ArticleExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
