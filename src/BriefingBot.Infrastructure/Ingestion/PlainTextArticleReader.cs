namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>Plain text and page dumps: an optional front-matter header, then paragraphs.</summary>
internal static class PlainTextArticleReader
{
    public static ArticleDraft Read(string text)
    {
        var (fields, rest) = FrontMatter.Split(text);
        return ArticleDraft.FromFrontMatter(fields, TextParagraphs.Split(rest));
    }
}
