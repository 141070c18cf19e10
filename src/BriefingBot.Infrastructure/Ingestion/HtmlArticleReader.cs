using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// HTML pages: metadata from Open Graph / article meta tags, &lt;time&gt; and the byline markup; text
/// from the &lt;article&gt; (else &lt;main&gt;, else &lt;body&gt;) with navigation, scripts, styles, asides,
/// footers and figure captions removed.
/// </summary>
internal static class HtmlArticleReader
{
    private const string BlockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, pre, td, dd";

    private const string Removed =
        "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, figure, figcaption, "
        + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

    public static ArticleDraft Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html);

        var siteName = Meta(document, "og:site_name", "application-name");
        var title = Meta(document, "og:title", "twitter:title")
            ?? Text(document.QuerySelector("article h1") ?? document.QuerySelector("h1"))
            ?? StripSiteName(document.Title, siteName);
        var author = Meta(document, "author", "article:author", "byl", "parsely-author", "dc.creator") is { } metaAuthor && !metaAuthor.Contains("://", StringComparison.Ordinal)
            ? metaAuthor
            : BylineText(document);
        var published = DateText.Parse(Meta(document, "article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date", "parsely-pub-date"))
            ?? DateText.Parse(document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content")
                ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");

        foreach (var element in document.QuerySelectorAll(Removed).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelectorAll("article").OrderByDescending(a => a.TextContent.Length).FirstOrDefault()
            ?? document.QuerySelector("main, [role=main]")
            ?? (IElement?)document.Body
            ?? document.DocumentElement;
        return new ArticleDraft(Paragraphs(root), title, author, published, siteName, url);
    }

    private static List<string> Paragraphs(IElement root)
    {
        // Leaf blocks only: a <blockquote><p> must not give its text twice.
        var blocks = root.QuerySelectorAll(BlockSelector)
            .Where(e => !e.QuerySelectorAll(BlockSelector).Any())
            .Select(e => Prose.Clean(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        var blockLength = blocks.Sum(b => b.Length);
        var allText = Prose.Clean(root.TextContent);

        // Pages that set text in bare <div>s with <br>s: fall back to the element's lines.
        if (blockLength < allText.Length / 3)
        {
            foreach (var br in root.QuerySelectorAll("br").ToList())
            {
                br.Replace(root.Owner!.CreateTextNode("\n"));
            }

            return TextParagraphs.Split(BlockText(root)).ToList();
        }

        return blocks;
    }

    // Text with a line break at every block boundary, so divs do not run together.
    private static string BlockText(INode node)
    {
        if (node is IText text)
        {
            return text.Data;
        }

        var inner = string.Concat(node.ChildNodes.Select(BlockText));
        return node is IElement element && IsBlock(element) ? "\n" + inner + "\n" : inner;
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "div" or "p" or "section" or "article" or "main" or "header" or "li" or "ul" or "ol"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "pre" or "table" or "tr";

    private static string? Meta(IDocument document, params string[] keys)
    {
        foreach (var key in keys)
        {
            var content = document.QuerySelectorAll("meta")
                .FirstOrDefault(m => string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase))
                ?.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(content))
            {
                return Prose.Clean(content);
            }
        }

        return null;
    }

    private static string? BylineText(IDocument document)
    {
        var element = document.QuerySelector("[rel=author], [itemprop=author], .byline, .author");
        var text = Text(element);
        if (text is null)
        {
            return null;
        }

        return Byline.TryParse(text, out var author, out _) ? author : text.Length <= 80 ? text : null;
    }

    private static string? StripSiteName(string? title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var clean = Prose.Clean(title);
        if (siteName is not null)
        {
            foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
            {
                var suffix = separator + siteName;
                if (clean.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return clean[..^suffix.Length];
                }
            }
        }

        return clean;
    }

    private static string? Text(IElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.TextContent) ? null : Prose.Clean(element.TextContent);
}
