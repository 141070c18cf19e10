using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Replies;

/// <summary>
/// Renders a reply as readable text with light Markdown (bold heading, quotes as block quotes, links).
/// This is what the CLI prints and what every channel carries as its text, so it must read well even
/// where Markdown is shown raw (Slack through Azure Bot Service often is).
/// </summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(reply.Heading))
        {
            text.Append("**").Append(reply.Heading).Append("**").Append('\n');
        }

        foreach (var paragraph in reply.Paragraphs)
        {
            AppendBlock(text, paragraph);
        }

        foreach (var section in reply.Sections)
        {
            AppendBlock(text, RenderSection(section));
        }

        var citations = reply.AllCitations();
        foreach (var quote in reply.Quotes)
        {
            var said = quote.Direct ? $"\u201c{quote.Text}\u201d" : quote.Text;
            var source = citations.Count > 1 ? $" [{IndexOf(citations, quote.Source) + 1}]" : string.Empty;
            AppendBlock(text, $"> {said}\n> \u2014 {Speaker(quote)}{source}");
        }

        if (citations.Count > 0)
        {
            AppendBlock(text, citations.Count == 1
                ? "Source: " + Describe(citations[0])
                : "Sources:\n" + string.Join('\n', citations.Select((c, i) => $"[{i + 1}] {Describe(c)}")));
        }

        if (reply.Suggestions.Count > 0)
        {
            AppendBlock(text, "Try: " + string.Join(" \u00b7 ", reply.Suggestions.Select(s => $"\u201c{s}\u201d")));
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>A section as one block: bold heading, its text, its quotes, then its sources one per line.</summary>
    public static string RenderSection(ReplySection section)
    {
        var lines = new List<string> { $"**{section.Heading}**" };
        lines.AddRange(section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)));
        foreach (var quote in section.Quotes)
        {
            lines.Add($"> {(quote.Direct ? $"\u201c{quote.Text}\u201d" : quote.Text)}");
            lines.Add($"> \u2014 {Speaker(quote)}");
        }

        lines.AddRange(section.Citations.Select(c => "\u2022 " + Describe(c)));
        return string.Join('\n', lines);
    }

    /// <summary>"Mevlut Cavusoglu, Turkey's foreign minister".</summary>
    public static string Speaker(ReplyQuote quote) =>
        string.IsNullOrWhiteSpace(quote.SpeakerRole) ? quote.Speaker : $"{quote.Speaker}, {quote.SpeakerRole}";

    /// <summary>"Title (Source, 5 December 2017) https://..."</summary>
    public static string Describe(Citation citation)
    {
        var details = new List<string>();
        if (!string.IsNullOrWhiteSpace(citation.SourceName))
        {
            details.Add(citation.SourceName);
        }

        if (citation.PublishedAt is { } published)
        {
            details.Add(FormatDate(published));
        }

        var line = details.Count > 0 ? $"{citation.Title} ({string.Join(", ", details)})" : citation.Title;
        return string.IsNullOrWhiteSpace(citation.Url) ? line : $"{line} {citation.Url}";
    }

    public static string FormatDate(DateTimeOffset date) =>
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static int IndexOf(IReadOnlyList<Citation> citations, Citation citation)
    {
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i] == citation)
            {
                return i;
            }
        }

        return -1;
    }

    private static void AppendBlock(StringBuilder text, string block)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(block).Append('\n');
    }
}
