namespace BriefingBot.Infrastructure.Fetching;

/// <summary>The media types worth fetching: feeds, pages and text. Images, video, PDFs and archives are refused before their body is read.</summary>
internal static class TextContentTypes
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/json",
        "application/feed+json",
        "application/xhtml+xml",
        // Older names many feed servers still send.
        "application/x-rss+xml",
        "application/rdf+xml",
    };

    public static bool IsAllowed(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || Allowed.Contains(mediaType);

    public const string Description = "text/*, application/xml, application/rss+xml, application/atom+xml, application/json, application/feed+json or application/xhtml+xml";
}
