namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>Which reader a text needs: the extension decides, unless the content plainly says otherwise.</summary>
internal static class ContentSniffer
{
    public static ContentFormat Detect(string? fileName, string text)
    {
        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm" or ".xhtml":
                return ContentFormat.Html;
            case ".md" or ".markdown":
                return ContentFormat.Markdown;
        }

        // A page saved as .txt is still HTML if it starts like one.
        if (LooksLikeHtml(text))
        {
            return ContentFormat.Html;
        }

        if (extension != ".txt" && LooksLikeMarkdown(text))
        {
            return ContentFormat.Markdown;
        }

        return ContentFormat.PlainText;
    }

    private static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<", StringComparison.Ordinal)
                && (text.Contains("<body", StringComparison.OrdinalIgnoreCase) || text.Contains("<article", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool LooksLikeMarkdown(string text)
    {
        var start = text.TrimStart();
        return start.StartsWith("---\n", StringComparison.Ordinal) || start.StartsWith("---\r\n", StringComparison.Ordinal)
            || start.StartsWith("# ", StringComparison.Ordinal);
    }
}
