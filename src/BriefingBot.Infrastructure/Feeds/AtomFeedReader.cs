using System.Xml.Linq;
using static BriefingBot.Infrastructure.Feeds.FeedNamespaces;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>Atom 1.0 (RFC 4287): text constructs typed text/html/xhtml, links by rel, authors inherited from the feed.</summary>
internal static class AtomFeedReader
{
    public static (string? Title, string? SiteLink, string? Language, List<RawFeedItem> Items) Read(XElement feed, Uri feedUrl)
    {
        var feedAuthors = Authors(feed);
        var items = feed.Elements(Atom + "entry").Select(entry => ReadEntry(entry, feedUrl, feedAuthors)).ToList();
        var title = TextConstruct(feed.Element(Atom + "title"));
        return (
            title is { } t ? FeedText.Plain(t.Value, t.Markup) : null,
            AlternateLink(feed, feedUrl),
            (string?)feed.Attribute(XmlLang),
            items);
    }

    private static RawFeedItem ReadEntry(XElement entry, Uri feedUrl, List<string> feedAuthors)
    {
        // RFC 4287 section 4.2.1: an entry without authors takes its source's, then the feed's.
        var authors = Authors(entry);
        if (authors.Count == 0 && entry.Element(Atom + "source") is { } source)
        {
            authors = Authors(source);
        }

        var alternate = AlternateLinkElement(entry);
        var content = entry.Element(Atom + "content");
        return new RawFeedItem(
            Id: Value(entry.Element(Atom + "id")),
            Link: (string?)alternate?.Attribute("href"),
            BaseUri: FeedLink.BaseOf(alternate ?? entry, feedUrl),
            Title: TextConstruct(entry.Element(Atom + "title")),
            Authors: authors.Count > 0 ? authors : feedAuthors,
            Published: Value(entry.Element(Atom + "published")),
            Updated: Value(entry.Element(Atom + "updated")),
            Summary: TextConstruct(entry.Element(Atom + "summary")),
            // Out-of-line content (src="...") is not fetched while parsing: the poller fetches pages, the parser never does.
            Content: content?.Attribute("src") is null ? TextConstruct(content) : null,
            Language: entry.AncestorsAndSelf().Select(e => (string?)e.Attribute(XmlLang)).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)));
    }

    private static List<string> Authors(XElement parent) =>
        parent.Elements(Atom + "author").Select(a => Value(a.Element(Atom + "name"))).OfType<string>().ToList();

    private static string? AlternateLink(XElement parent, Uri feedUrl) =>
        AlternateLinkElement(parent) is { } link ? FeedLink.Resolve((string?)link.Attribute("href"), FeedLink.BaseOf(link, feedUrl)) : null;

    // rel defaults to "alternate"; among alternates, the HTML page beats other representations.
    private static XElement? AlternateLinkElement(XElement parent)
    {
        var alternates = parent.Elements(Atom + "link")
            .Where(l => ((string?)l.Attribute("rel") ?? "alternate").Trim().Equals("alternate", StringComparison.OrdinalIgnoreCase))
            .Where(l => !string.IsNullOrWhiteSpace((string?)l.Attribute("href")))
            .ToList();
        return alternates.FirstOrDefault(l => ((string?)l.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == true)
            ?? alternates.FirstOrDefault();
    }

    /// <summary>RFC 4287 section 3.1 text constructs, and the MIME types content may also carry.</summary>
    private static RawFeedText? TextConstruct(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "text";
        switch (type)
        {
            case "text":
                return RawFeedText.Text(element.Value);
            case "html":
                return RawFeedText.Html(element.Value);
            case "xhtml":
                // RFC 4287 section 3.1.1.3: the markup sits inside one xhtml:div that is not part of the content.
                var container = element.Elements().FirstOrDefault() ?? element;
                return RawFeedText.Html(string.Concat(container.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))));
            default:
                if (type.Contains("html", StringComparison.Ordinal))
                {
                    return RawFeedText.Html(element.Value);
                }

                // Base64 images and other media are not text to read.
                return type.StartsWith("text/", StringComparison.Ordinal) ? RawFeedText.Text(element.Value) : null;
        }
    }

    private static string? Value(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}
