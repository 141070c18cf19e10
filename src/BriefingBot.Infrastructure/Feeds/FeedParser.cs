using System.Xml.Linq;
using BriefingBot.Core.Articles;
using static BriefingBot.Infrastructure.Feeds.FeedNamespaces;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Feed text to a <see cref="ParsedFeed"/>: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 or JSON Feed 1.x, told apart by
/// the content itself, since servers mislabel feeds all the time. Pure: no network or file access, so it is
/// safe on whatever a source serves; fetching, size limits on the wire and polling belong to the caller.
/// </summary>
public sealed class FeedParser
{
    /// <summary>Far above any real feed (a big one is a few MB); bounds memory when a source serves something else.</summary>
    public const int DefaultMaxCharacters = 32 * 1024 * 1024;

    private readonly int _maxCharacters;

    public FeedParser()
        : this(DefaultMaxCharacters)
    {
    }

    public FeedParser(int maxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCharacters);
        _maxCharacters = maxCharacters;
    }

    /// <param name="feedUrl">Where the feed was fetched from: the base for relative links and the name in messages.</param>
    /// <exception cref="FeedFormatException">Not a feed we can read, malformed, too large or refused for safety; the message says which.</exception>
    public ParsedFeed Parse(string content, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(feedUrl);
        if (!feedUrl.IsAbsoluteUri)
        {
            throw new ArgumentException("The feed URL must be absolute: relative links resolve against it.", nameof(feedUrl));
        }

        if (content.Length > _maxCharacters)
        {
            throw new FeedFormatException($"Feed {feedUrl} has {content.Length:N0} characters, more than the limit of {_maxCharacters:N0}.");
        }

        var start = content.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.IsEmpty)
        {
            throw new FeedFormatException($"Feed {feedUrl} is empty.");
        }

        // Pages are rarely well-formed XML: say what they are before the XML parser complains about them.
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            throw new FeedFormatException($"Feed {feedUrl} is an HTML page, not RSS, Atom or JSON Feed (the link may point at the site, not its feed).");
        }

        var (format, title, siteLink, language, raw) = start[0] switch
        {
            '{' => Json(Body(content, start), feedUrl),
            '<' => Xml(Body(content, start), feedUrl, LinesBefore(content, start)),
            _ => throw new FeedFormatException($"Feed {feedUrl} is neither XML nor JSON: it starts with \"{Preview(start)}\"."),
        };

        var items = raw.Select(r => FeedItemFactory.Create(r, language)).ToList();
        return new ParsedFeed(format, title, siteLink, language, items);
    }

    /// <summary>
    /// The item as an article for the ingestion pipeline: its full content, else its summary, else its title.
    /// For a teaser (<see cref="FeedItem.IsTeaser"/>) the caller should fetch the page and extract that instead.
    /// </summary>
    public static ArticleDocument ToDocument(FeedItem item, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = item.Text ?? item.Title
            ?? throw new ArgumentException($"Feed item {item.Id ?? item.Link ?? "(no id)"} has no title or text to make an article of.", nameof(item));
        return new ArticleDocument(
            Title: item.Title ?? FallbackTitle(body),
            Body: body,
            Author: item.Authors.Count > 0 ? string.Join(", ", item.Authors) : null,
            PublishedAt: item.PublishedAt ?? item.UpdatedAt,
            SourceName: string.IsNullOrWhiteSpace(sourceName) ? null : sourceName.Trim(),
            Url: item.Link);
    }

    private static (FeedFormat, string?, string?, string?, List<RawFeedItem>) Json(string content, Uri feedUrl)
    {
        var (title, link, language, items) = JsonFeedReader.Read(content, feedUrl);
        return (FeedFormat.JsonFeed, title, link, language, items);
    }

    private (FeedFormat, string?, string?, string?, List<RawFeedItem>) Xml(string content, Uri feedUrl, int linesBefore)
    {
        var root = SafeXml.Load(content, feedUrl, _maxCharacters, linesBefore).Root
            ?? throw new FeedFormatException($"Feed {feedUrl} has no root element.");
        if (root.Name.LocalName == "rss")
        {
            var (title, link, language, items) = RssFeedReader.Read(root, feedUrl, rdf: false);
            return (FeedFormat.Rss, title, link, language, items);
        }

        if (root.Name == Rdf + "RDF")
        {
            var (title, link, language, items) = RssFeedReader.Read(root, feedUrl, rdf: true);
            return (FeedFormat.Rdf, title, link, language, items);
        }

        if (root.Name == Atom + "feed")
        {
            var (title, link, language, items) = AtomFeedReader.Read(root, feedUrl);
            return (FeedFormat.Atom, title, link, language, items);
        }

        var what = root.Name.LocalName.Equals("html", StringComparison.OrdinalIgnoreCase)
            ? "an HTML page (the feed link may point at the site, not its feed)"
            : $"XML with root element <{root.Name.LocalName}>{(root.Name.Namespace == XNamespace.None ? string.Empty : $" in namespace {root.Name.NamespaceName}")}";
        throw new FeedFormatException($"Feed {feedUrl} is {what}, not RSS, Atom or JSON Feed.");
    }

    // Feeds served with a BOM decoded into the text or with blank lines before "<?xml" (a classic template
    // slip) are still feeds; XML forbids anything before the declaration and JSON forbids the BOM, so both go.
    private static string Body(string content, ReadOnlySpan<char> start) =>
        start.Length == content.Length ? content : content[(content.Length - start.Length)..];

    // Keeps reported line numbers true to the document as served, after the leading blank lines were cut.
    private static int LinesBefore(string content, ReadOnlySpan<char> start) =>
        content.AsSpan(0, content.Length - start.Length).Count('\n');

    private static string Preview(ReadOnlySpan<char> start)
    {
        var head = start[..Math.Min(start.Length, 40)].ToString();
        return FeedText.Collapse(head);
    }

    private static string FallbackTitle(string body)
    {
        var firstLine = body.Split("\n", 2)[0];
        var end = firstLine.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? firstLine[..end] : firstLine;
        return sentence.Length <= 100 ? sentence : sentence[..100].TrimEnd() + "…";
    }
}
