using System.Xml;
using System.Xml.Linq;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Loads feed XML with nothing a hostile feed could turn against us: DTDs are skipped, never processed
/// (no external entities reading files or URLs, no entity-expansion bombs), no resolver (no network or disk
/// access while parsing), and a bound on the document's size.
/// </summary>
internal static class SafeXml
{
    public static XDocument Load(string content, Uri feedUrl, long maxCharacters)
    {
        var settings = new XmlReaderSettings
        {
            // Ignore rather than Prohibit: old RSS 0.91 feeds carry a harmless Netscape DOCTYPE. Skipped, it
            // declares nothing, so any entity it would have defined is an undeclared-entity error below.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        try
        {
            using var reader = XmlReader.Create(new StringReader(content), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException error)
        {
            throw new FeedFormatException(Describe(error, feedUrl), error, error.LineNumber, error.LinePosition);
        }
    }

    private static string Describe(XmlException error, Uri feedUrl)
    {
        var where = error.LineNumber > 0 ? $" at line {error.LineNumber}, position {error.LinePosition}" : string.Empty;
        var reason = error.Message;
        if (reason.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase))
        {
            return $"Feed {feedUrl} uses an entity that is not one of XML's five (&amp; &lt; &gt; &quot; &apos;) or a numeric reference{where}. "
                + $"DTDs are not processed, since their entities can read local files or expand without bound, so the feed is refused. {reason}";
        }

        if (reason.Contains("maximum", StringComparison.OrdinalIgnoreCase) && reason.Contains("character", StringComparison.OrdinalIgnoreCase))
        {
            return $"Feed {feedUrl} is larger than the limit of characters a feed may have{where}. {reason}";
        }

        return $"Feed {feedUrl} is not well-formed XML{where}: {reason}";
    }
}
