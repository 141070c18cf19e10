using BriefingBot.Core.Articles;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// File content to an <see cref="ArticleDocument"/>: plain text and page dumps, HTML or Markdown, chosen
/// by extension and content. Pure: no I/O, so it can be given bytes from a file, an upload or a fetch.
/// </summary>
public sealed class ArticleExtractor
{
    /// <param name="fileName">The file's name, for choosing the format, reading source and date hints, and messages.</param>
    /// <exception cref="ArticleExtractionException">The content is binary, empty or has no article text.</exception>
    public ArticleDocument Extract(ReadOnlySpan<byte> content, string? fileName = null)
    {
        var displayName = DisplayName(fileName);
        if (content.IsEmpty)
        {
            throw new ArticleExtractionException($"'{displayName}' is empty.");
        }

        return ExtractText(ContentDecoder.Decode(content, displayName), fileName);
    }

    /// <exception cref="ArticleExtractionException">The text is empty or has no article text.</exception>
    public ArticleDocument ExtractText(string content, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var displayName = DisplayName(fileName);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new ArticleExtractionException($"'{displayName}' is empty.");
        }

        if (content.Contains('\0', StringComparison.Ordinal))
        {
            throw ContentDecoder.NotText(displayName);
        }

        var draft = ContentSniffer.Detect(fileName, content) switch
        {
            ContentFormat.Html => HtmlArticleReader.Read(content),
            ContentFormat.Markdown => MarkdownArticleReader.Read(content),
            _ => PlainTextArticleReader.Read(content),
        };
        return ArticleLayout.Build(draft, displayName, fileName);
    }

    public static ContentFormat DetectFormat(string content, string? fileName = null) => ContentSniffer.Detect(fileName, content);

    private static string DisplayName(string? fileName) => string.IsNullOrWhiteSpace(fileName) ? "(text)" : fileName;
}
