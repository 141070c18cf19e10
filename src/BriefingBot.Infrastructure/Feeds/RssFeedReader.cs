using System.Text.RegularExpressions;
using System.Xml.Linq;
using static BriefingBot.Infrastructure.Feeds.FeedNamespaces;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// RSS 2.0 (and 0.9x) and RSS 1.0 / RDF. Both share element names; RDF puts them in a namespace and its
/// items beside the channel rather than inside it. RSS text fields are HTML by convention.
/// </summary>
internal static partial class RssFeedReader
{
    public static (string? Title, string? SiteLink, string? Language, List<RawFeedItem> Items) Read(XElement root, Uri feedUrl, bool rdf)
    {
        var ns = rdf ? root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")?.Name.Namespace ?? Rss10 : XNamespace.None;
        var channel = root.Element(ns + "channel") ?? throw new FeedFormatException($"Feed {feedUrl} is RSS without a <channel> element.");
        var channelBase = FeedLink.BaseOf(channel, feedUrl);
        var language = Value(channel.Element(ns + "language")) ?? Value(channel.Element(DublinCore + "language"))
            ?? Lang(channel);

        var itemParent = rdf ? root : channel;
        var items = itemParent.Elements(ns + "item").Select(item => ReadItem(item, ns, feedUrl)).ToList();
        return (
            FeedText.Plain(Value(channel.Element(ns + "title"))),
            FeedLink.Resolve(Value(channel.Element(ns + "link")), channelBase),
            language,
            items);
    }

    private static RawFeedItem ReadItem(XElement item, XNamespace ns, Uri feedUrl)
    {
        var guid = item.Element(ns + "guid");
        var link = Value(item.Element(ns + "link"));
        var id = Value(guid) ?? (string?)item.Attribute(Rdf + "about");

        // RSS 2.0: a guid is a permalink unless it says isPermaLink="false"; feeds without <link> rely on it.
        if (link is null && guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            link = Value(guid);
        }

        var authors = item.Elements(DublinCore + "creator").Select(Value).OfType<string>().ToList();
        if (authors.Count == 0 && AuthorName(Value(item.Element(ns + "author"))) is { } author)
        {
            authors.Add(author);
        }

        return new RawFeedItem(
            Id: id,
            Link: link,
            BaseUri: FeedLink.BaseOf(item, feedUrl),
            Title: RawFeedText.Html(Value(item.Element(ns + "title"))),
            Authors: authors,
            Published: Value(item.Element(ns + "pubDate")) ?? Value(item.Element(DublinCore + "date")),
            Updated: Value(item.Element(Atom + "updated")) ?? Value(item.Element(DublinCoreTerms + "modified")),
            Summary: RawFeedText.Html(Value(item.Element(ns + "description"))),
            Content: RawFeedText.Html(Value(item.Element(Content + "encoded"))),
            Language: Value(item.Element(DublinCore + "language")) ?? (string?)item.Attribute(XmlLang));
    }

    // RSS 2.0 <author> is an e-mail address, optionally with the name in parentheses: keep the name only.
    private static string? AuthorName(string? author)
    {
        if (author is null)
        {
            return null;
        }

        var match = EmailWithName().Match(author);
        if (match.Success)
        {
            return match.Groups["name"].Value;
        }

        return author.Contains('@', StringComparison.Ordinal) && !author.Contains(' ', StringComparison.Ordinal) ? null : author;
    }

    private static string? Lang(XElement element) =>
        element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XmlLang)).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l));

    private static string? Value(XElement? element) => element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();

    [GeneratedRegex(@"^\S+@\S+\s*\((?<name>[^)]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailWithName();
}
