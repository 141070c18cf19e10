using BriefingBot.Infrastructure.Feeds;
using BriefingBot.Infrastructure.Tests.Support;
using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class FeedSafetyTests
{
    [Fact]
    public void Malformed_xml_is_refused_with_line_and_position()
    {
        const string unclosed = "<rss version=\"2.0\">\n<channel>\n<title>N</title>\n<item><title>A</item>\n</channel>\n</rss>";

        var error = Assert.Throws<FeedFormatException>(() => Parse(unclosed));

        Assert.Contains("not well-formed XML at line 4", error.Message);
        Assert.Contains(FeedUrl.ToString(), error.Message);
        Assert.Equal(4, error.LineNumber);
        Assert.True(error.LinePosition > 0);
    }

    [Fact]
    public void Blank_lines_and_a_bom_before_the_declaration_are_tolerated_and_lines_still_count_from_the_top()
    {
        var feed = Parse("\uFEFF\n\n  <?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Sloppy</title></channel></rss>");
        var error = Assert.Throws<FeedFormatException>(() => Parse("\n\n<rss version=\"2.0\">\n<channel>\n</rss>"));

        Assert.Equal("Sloppy", feed.Title);
        Assert.Equal(5, error.LineNumber);
        Assert.Contains("at line 5,", error.Message);
        Assert.DoesNotContain("Line 3", error.Message);
    }

    [Fact]
    public void An_external_entity_is_refused_without_reading_the_file()
    {
        using var folder = new TempFolder();
        var secretPath = Path.Combine(folder.Path, "secret.txt");
        File.WriteAllText(secretPath, "TOP-SECRET-MARKER");
        var xxe = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "{new Uri(secretPath).AbsoluteUri}">]>
            <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>
            """;

        var error = Assert.Throws<FeedFormatException>(() => Parse(xxe));

        Assert.Contains("entity", error.Message);
        Assert.DoesNotContain("TOP-SECRET-MARKER", error.Message);
    }

    [Fact]
    public void An_external_entity_that_is_never_used_is_never_resolved()
    {
        var feed = Parse("""
            <!DOCTYPE rss [<!ENTITY remote SYSTEM "http://203.0.113.9/never-fetched">]>
            <rss version="2.0"><channel><title>Quiet</title></channel></rss>
            """);

        Assert.Equal("Quiet", feed.Title);
    }

    [Fact]
    public void A_billion_laughs_doctype_bomb_is_refused_quickly()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
            """;
        var before = GC.GetTotalAllocatedBytes();

        var error = Assert.Throws<FeedFormatException>(() => Parse(bomb));

        Assert.Contains("entity", error.Message);
        // Expanded, &lol9; is 3 GB of text; refused, it costs next to nothing.
        Assert.True(GC.GetTotalAllocatedBytes() - before < 100 * 1024 * 1024);
    }

    [Fact]
    public void A_document_over_the_character_limit_is_refused()
    {
        var parser = new FeedParser(maxCharacters: 1_000);
        var big = Rss(string.Concat(Enumerable.Repeat("<item><title>Padding item</title></item>", 100)));

        var error = Assert.Throws<FeedFormatException>(() => parser.Parse(big, FeedUrl));

        Assert.Contains("limit", error.Message);
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData("  \n\t ", "is empty")]
    [InlineData("\uFEFF", "is empty")]
    [InlineData("Hello, this is not a feed", "neither XML nor JSON")]
    [InlineData("<!DOCTYPE html><html><body><p>Site</body></html>", "HTML page")]
    [InlineData("<html><head><title>x</title></head></html>", "HTML page")]
    [InlineData("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>", "root element <opml>")]
    [InlineData("<rss version=\"2.0\"><title>no channel</title></rss>", "without a <channel>")]
    public void Content_that_is_not_a_feed_is_refused_with_the_reason(string content, string expected)
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse(content));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_relative_feed_url_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Parser().Parse(Rss(string.Empty), new Uri("feed.xml", UriKind.Relative)));
    }

    [Fact]
    public void An_html_entity_without_a_dtd_is_refused_with_the_reason()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse(Rss("<item><title>Caf&eacute;&nbsp;news</title></item>")));

        Assert.Contains("not one of XML's five", error.Message);
        Assert.NotNull(error.LineNumber);
    }

    [Fact]
    public void Many_unclosed_comment_openers_in_item_html_are_handled()
    {
        var html = string.Concat(Enumerable.Repeat("<!-- ", 50_000));

        var feed = Parse(Rss($"<item><title>A</title><description><![CDATA[{html}]]></description></item>"));

        Assert.Single(feed.Items);
    }

    [Fact]
    public void The_xml_encoding_declaration_does_not_matter_once_the_text_is_decoded()
    {
        var feed = Parse("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Новости</title></channel></rss>");

        Assert.Equal("Новости", feed.Title);
    }

    [Fact]
    public void An_old_rss_doctype_is_skipped_not_fetched()
    {
        // The address is unroutable (TEST-NET-1): with no resolver it is never asked for.
        var feed = Parse("""<!DOCTYPE rss SYSTEM "http://192.0.2.1/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title></channel></rss>""");

        Assert.Equal("Old", feed.Title);
    }
}
