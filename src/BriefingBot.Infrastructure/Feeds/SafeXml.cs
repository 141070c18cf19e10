using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// Loads feed XML with nothing a hostile feed could turn against us: DTDs are skipped, never processed
/// (no external entities reading files or URLs, no entity-expansion bombs), no resolver (no network or disk
/// access while parsing), and a bound on the document's size.
/// </summary>
internal static partial class SafeXml
{
    /// <param name="linesBefore">Lines the caller cut from the start, added back to error line numbers.</param>
    public static XDocument Load(string content, Uri feedUrl, long maxCharacters, int linesBefore = 0)
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
            var line = error.LineNumber > 0 ? error.LineNumber + linesBefore : error.LineNumber;
            throw new FeedFormatException(Describe(error, line, feedUrl), error, line, error.LinePosition);
        }
    }

    private static string Describe(XmlException error, int line, Uri feedUrl)
    {
        var where = line > 0 ? $" at line {line}, position {error.LinePosition}" : string.Empty;
        // The reader's message ends with its own "Line n, position m.", which ours replaces (it counts the lines we cut).
        var reason = ReaderPosition().Replace(error.Message, string.Empty);
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

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderPosition();
}
