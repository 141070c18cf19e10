using BriefingBot.Infrastructure.Feeds;
using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class RssFeedTests
{
    [Fact]
    public void Rss_channel_and_item_fields_are_read()
    {
        var feed = Parse(Rss($"""
            <item>
              <title>Council approves harbour plan</title>
              <link>https://news.example.com/2024/05/harbour?utm_source=rss&amp;id=7</link>
              <guid isPermaLink="false">harbour-7</guid>
              <dc:creator>Jane Doe</dc:creator>
              <dc:creator>Arif Aliyev</dc:creator>
              <pubDate>Tue, 14 May 2024 09:30:00 +0400</pubDate>
              <description>Short version.</description>
              <content:encoded><![CDATA[{ArticleHtml()}]]></content:encoded>
            </item>
            """, "<language>en-gb</language>"));

        Assert.Equal(FeedFormat.Rss, feed.Format);
        Assert.Equal("Example News", feed.Title);
        Assert.Equal("https://news.example.com", feed.SiteLink);
        Assert.Equal("en-gb", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal("harbour-7", item.Id);
        Assert.Equal("https://news.example.com/2024/05/harbour?id=7", item.Link);
        Assert.Equal("Council approves harbour plan", item.Title);
        Assert.Equal(["Jane Doe", "Arif Aliyev"], item.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(4)), item.PublishedAt);
        Assert.Equal("Short version.", item.Summary);
        Assert.NotNull(item.Content);
        Assert.StartsWith("Paragraph 1 explains", item.Content);
        Assert.Contains("\n\nParagraph 2 explains", item.Content);
        Assert.DoesNotContain("<p>", item.Content);
        Assert.Equal("en-gb", item.Language);
        Assert.False(item.IsTeaser);
    }

    [Fact]
    public void Html_in_titles_is_decoded_and_stripped_whether_escaped_or_in_cdata()
    {
        var feed = Parse(Rss("""
            <item><title>Tom &amp;amp; Jerry &lt;b&gt;return&lt;/b&gt; &#8211; again</title><link>https://news.example.com/a</link></item>
            <item><title><![CDATA[<em>Bold</em> move &amp; a <a href="/x">link</a>]]></title><link>https://news.example.com/b</link></item>
            <item><title>Prices: 3 &lt; 5</title><link>https://news.example.com/c</link></item>
            """));

        Assert.Equal("Tom & Jerry return – again", feed.Items[0].Title);
        Assert.Equal("Bold move & a link", feed.Items[1].Title);
        Assert.Equal("Prices: 3 < 5", feed.Items[2].Title);
    }

    [Fact]
    public void An_entity_encoded_html_description_becomes_plain_paragraphs()
    {
        var feed = Parse(Rss("<item><title>A</title><description>&lt;p&gt;The council met on Tuesday.&lt;/p&gt;&lt;p&gt;It approved the plan &amp;amp; the budget.&lt;/p&gt;</description></item>"));

        Assert.Equal("The council met on Tuesday.\n\nIt approved the plan & the budget.", feed.Items[0].Summary);
    }

    [Fact]
    public void Rss_author_email_keeps_only_the_name()
    {
        var feed = Parse(Rss("""
            <item><title>A</title><author>jane@example.com (Jane Doe)</author></item>
            <item><title>B</title><author>desk@example.com</author></item>
            """));

        Assert.Equal(["Jane Doe"], feed.Items[0].Authors);
        Assert.Empty(feed.Items[1].Authors);
    }

    [Fact]
    public void A_permalink_guid_stands_in_for_a_missing_link_but_an_opaque_one_does_not()
    {
        var feed = Parse(Rss("""
            <item><title>A</title><guid>https://news.example.com/story/1</guid></item>
            <item><title>B</title><guid isPermaLink="false">tag:example.com,2024:2</guid></item>
            """));

        Assert.Equal("https://news.example.com/story/1", feed.Items[0].Link);
        Assert.Equal("https://news.example.com/story/1", feed.Items[0].Id);
        Assert.Null(feed.Items[1].Link);
        Assert.Equal("tag:example.com,2024:2", feed.Items[1].Id);
    }

    [Fact]
    public void Item_id_falls_back_to_the_canonical_link()
    {
        var feed = Parse(Rss("<item><title>A</title><link>https://News.Example.com/a/?fbclid=xyz</link></item>"));

        Assert.Equal("https://news.example.com/a", feed.Items[0].Id);
    }

    [Fact]
    public void A_feed_with_no_items_is_a_feed_with_an_empty_item_list()
    {
        var feed = Parse(Rss(string.Empty));

        Assert.Equal("Example News", feed.Title);
        Assert.Empty(feed.Items);
    }

    [Fact]
    public void Rss_1_rdf_items_beside_the_channel_are_read_with_dublin_core_fields()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example.com/rss">
                <title>RDF News</title>
                <link>https://news.example.com/</link>
                <dc:language>ru</dc:language>
              </channel>
              <item rdf:about="https://news.example.com/r/1">
                <title>First RDF story</title>
                <link>https://news.example.com/r/1</link>
                <description>A summary.</description>
                <dc:creator>Ivan Petrov</dc:creator>
                <dc:date>2024-05-14T09:30:00+03:00</dc:date>
              </item>
            </rdf:RDF>
            """);

        Assert.Equal(FeedFormat.Rdf, feed.Format);
        Assert.Equal("RDF News", feed.Title);
        Assert.Equal("ru", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://news.example.com/r/1", item.Id);
        Assert.Equal("First RDF story", item.Title);
        Assert.Equal(["Ivan Petrov"], item.Authors);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.FromHours(3)), item.PublishedAt);
        Assert.Equal("ru", item.Language);
    }

    [Fact]
    public void Extension_elements_in_unknown_namespaces_are_ignored()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:x="urn:unknown">
              <channel><title>N</title>
                <item><title>Story</title><media:content url="https://cdn.example.com/a.jpg"/><x:title>Not this</x:title><link>/s</link></item>
              </channel>
            </rss>
            """);

        Assert.Equal("Story", feed.Items[0].Title);
        Assert.Equal("https://news.example.com/s", feed.Items[0].Link);
    }
}
