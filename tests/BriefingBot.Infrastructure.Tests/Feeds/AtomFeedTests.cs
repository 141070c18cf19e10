using BriefingBot.Infrastructure.Feeds;
using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class AtomFeedTests
{
    [Fact]
    public void Atom_feed_and_entry_fields_are_read()
    {
        var feed = Parse($"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
              <title type="html">Example &amp;lt;i&amp;gt;Atom&amp;lt;/i&amp;gt;</title>
              <link rel="self" href="https://news.example.com/atom.xml"/>
              <link rel="alternate" type="text/html" href="https://news.example.com/"/>
              <author><name>Desk Editor</name></author>
              <entry>
                <id>tag:news.example.com,2024:1</id>
                <title>Harbour plan approved</title>
                <link rel="edit" href="https://news.example.com/api/1"/>
                <link rel="alternate" type="application/json" href="https://news.example.com/1.json"/>
                <link href="https://news.example.com/stories/1" type="text/html"/>
                <published>2024-05-14T09:30:00Z</published>
                <updated>2024-05-15T10:00:00+02:00</updated>
                <summary>Short.</summary>
                <content type="html">{System.Security.SecurityElement.Escape(ArticleHtml())}</content>
              </entry>
            </feed>
            """);

        Assert.Equal(FeedFormat.Atom, feed.Format);
        Assert.Equal("Example Atom", feed.Title);
        Assert.Equal("https://news.example.com", feed.SiteLink);
        Assert.Equal("de", feed.Language);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("tag:news.example.com,2024:1", entry.Id);
        Assert.Equal("https://news.example.com/stories/1", entry.Link);
        Assert.Equal("Harbour plan approved", entry.Title);
        Assert.Equal(["Desk Editor"], entry.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.Zero), entry.PublishedAt);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.FromHours(2)), entry.UpdatedAt);
        Assert.Equal("Short.", entry.Summary);
        Assert.StartsWith("Paragraph 1 explains", entry.Content);
        Assert.Equal("de", entry.Language);
        Assert.False(entry.IsTeaser);
    }

    [Fact]
    public void Xhtml_content_is_read_as_markup_and_text_content_as_text()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>T</title>
              <entry>
                <id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>xhtml</b> title</div></title>
                <author><name>Ann</name></author><author><name>Bob</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph of the story is here.</p><p>Second paragraph is here too.</p></div></content>
              </entry>
              <entry>
                <id>2</id><title>Plain &lt;tag&gt; title</title>
                <content type="text">Text content with &lt;b&gt; literally in it.</content>
              </entry>
            </feed>
            """);

        Assert.Equal("An xhtml title", feed.Items[0].Title);
        Assert.Equal(["Ann", "Bob"], feed.Items[0].Authors);
        Assert.Equal("First paragraph of the story is here.\n\nSecond paragraph is here too.", feed.Items[0].Content);
        Assert.Equal("Plain <tag> title", feed.Items[1].Title);
        Assert.Equal("Text content with <b> literally in it.", feed.Items[1].Content);
    }

    [Fact]
    public void Out_of_line_and_binary_content_is_not_read_or_fetched()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>1</id><title>A</title><content src="https://elsewhere.example.com/body.html" type="text/html"/></entry>
              <entry><id>2</id><title>B</title><content type="image/png">iVBORw0KGgo=</content></entry>
            </feed>
            """);

        Assert.All(feed.Items, item => Assert.Null(item.Content));
        Assert.All(feed.Items, item => Assert.True(item.IsTeaser));
    }

    [Fact]
    public void Entry_authors_come_from_the_source_before_the_feed()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <author><name>Feed Author</name></author>
              <entry><id>1</id><title>A</title><source><author><name>Source Author</name></author></source></entry>
            </feed>
            """);

        Assert.Equal(["Source Author"], feed.Items[0].Authors);
    }

    [Fact]
    public void A_feed_element_outside_the_atom_namespace_is_not_atom()
    {
        var error = Assert.Throws<FeedFormatException>(() => Parse("<feed><entry/></feed>"));

        Assert.Contains("root element <feed>", error.Message);
    }
}
