using BriefingBot.Infrastructure.Feeds;
using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class FeedDocumentTests
{
    [Fact]
    public void An_item_becomes_an_article_document_with_its_source()
    {
        var item = Parse(Rss($"""
            <item><title>Harbour plan approved</title><link>https://news.example.com/h?utm_source=x</link>
            <dc:creator>Jane Doe</dc:creator><dc:creator>Arif Aliyev</dc:creator>
            <pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate>
            <description>Short.</description><content:encoded><![CDATA[{ArticleHtml()}]]></content:encoded></item>
            """)).Items[0];

        var document = FeedParser.ToDocument(item, "Example News");

        Assert.Equal("Harbour plan approved", document.Title);
        Assert.Equal(item.Content, document.Body);
        Assert.Equal("Jane Doe, Arif Aliyev", document.Author);
        Assert.Equal(new DateTimeOffset(2024, 5, 14, 9, 30, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Equal("Example News", document.SourceName);
        Assert.Equal("https://news.example.com/h", document.Url);
    }

    [Fact]
    public void Without_content_the_summary_is_the_body_and_the_update_time_stands_in_for_publication()
    {
        var item = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id><title>T</title>
            <updated>2024-05-15T10:00:00Z</updated><summary>The summary is all there is.</summary></entry></feed>
            """).Items[0];

        var document = FeedParser.ToDocument(item, "Atom Source");

        Assert.Equal("The summary is all there is.", document.Body);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.Zero), document.PublishedAt);
        Assert.Null(document.Author);
    }

    [Fact]
    public void An_untitled_item_takes_its_first_sentence_as_title()
    {
        var item = Parse(Rss("<item><description>Ministers met today. They agreed on little.</description></item>")).Items[0];

        var document = FeedParser.ToDocument(item, "S");

        Assert.Equal("Ministers met today", document.Title);
    }

    [Fact]
    public void An_item_with_neither_title_nor_text_cannot_become_a_document()
    {
        var item = Parse(Rss("<item><link>https://news.example.com/x</link></item>")).Items[0];

        var error = Assert.Throws<ArgumentException>(() => FeedParser.ToDocument(item, "S"));

        Assert.Contains("https://news.example.com/x", error.Message);
    }
}
