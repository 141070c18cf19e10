using BriefingBot.Core.Replies;

namespace BriefingBot.Channels;

/// <summary>"Source · 5 December 2017": the part of a citation shown after its title.</summary>
internal static class CitationLine
{
    public const string Separator = " \u00b7 ";

    public static string Details(Citation citation)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(citation.SourceName))
        {
            parts.Add(citation.SourceName);
        }

        if (citation.PublishedAt is { } published)
        {
            parts.Add(PlainTextRenderer.FormatDate(published));
        }

        return string.Join(Separator, parts);
    }
}
