using System.Xml.Linq;
using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>Item and site links: resolved against the base in scope, kept only if http(s), then canonical.</summary>
internal static class FeedLink
{
    private static readonly XName XmlBase = XNamespace.Xml + "base";

    /// <returns>The canonical absolute link, or null for empty, unresolvable or non-web links (javascript:, mailto:, data:).</returns>
    public static string? Resolve(string? href, Uri baseUri)
    {
        var absolute = Absolute(href, baseUri);
        return absolute is null ? null : CanonicalUrl.Normalize(absolute.AbsoluteUri);
    }

    public static Uri? Absolute(string? href, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUri, href.Trim(), out var uri))
        {
            return null;
        }

        return uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps ? uri : null;
    }

    /// <summary>
    /// The base URI for links inside <paramref name="element"/>: every xml:base from the root down, each
    /// resolved against the one above it, starting at the feed's own URL (XML Base, RFC 3986 section 5.1).
    /// </summary>
    public static Uri BaseOf(XElement element, Uri feedUrl)
    {
        var bases = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XmlBase)).Where(b => !string.IsNullOrWhiteSpace(b)).Reverse();
        var current = feedUrl;
        foreach (var value in bases)
        {
            // A base we cannot read (or that is not web) must not throw away the whole feed: keep the outer one.
            if (Uri.TryCreate(current, value!.Trim(), out var next) && (next.Scheme == Uri.UriSchemeHttp || next.Scheme == Uri.UriSchemeHttps))
            {
                current = next;
            }
        }

        return current;
    }
}
