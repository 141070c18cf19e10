using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class FeedLinkTests
{
    [Theory]
    [InlineData("/2024/story", "https://news.example.com/2024/story")]
    [InlineData("story.html", "https://news.example.com/section/story.html")]
    [InlineData("../other/story", "https://news.example.com/other/story")]
    [InlineData("//cdn.example.org/story", "https://cdn.example.org/story")]
    [InlineData("https://News.Example.com:443/A/?utm_campaign=x&b=2&a=1#top", "https://news.example.com/A?a=1&b=2")]
    public void Relative_links_resolve_against_the_feed_url_and_are_canonical(string href, string expected)
    {
        var feed = Parse(Rss($"<item><title>A</title><link>{System.Security.SecurityElement.Escape(href)}</link></item>"));

        Assert.Equal(expected, feed.Items[0].Link);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("data:text/html,hi")]
    [InlineData("file:///etc/passwd")]
    public void Links_that_are_not_web_pages_are_dropped(string href)
    {
        var feed = Parse(Rss($"<item><title>A</title><link>{href}</link></item>"));

        Assert.Null(feed.Items[0].Link);
    }

    [Fact]
    public void Atom_links_resolve_against_nested_xml_base()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example.org/blog/">
              <link href="/"/>
              <entry xml:base="2024/">
                <id>1</id><title>A</title>
                <link href="post-1.html"/>
              </entry>
              <entry>
                <id>2</id><title>B</title>
                <link xml:base="https://other.example.net/x/" href="post-2"/>
              </entry>
            </feed>
            """);

        Assert.Equal("https://base.example.org", feed.SiteLink);
        Assert.Equal("https://base.example.org/blog/2024/post-1.html", feed.Items[0].Link);
        Assert.Equal("https://other.example.net/x/post-2", feed.Items[1].Link);
    }

    [Fact]
    public void Rss_links_honour_xml_base_on_the_channel()
    {
        var feed = Parse("""
            <rss version="2.0"><channel xml:base="https://mirror.example.com/news/">
              <title>N</title><item><title>A</title><link>a-story</link></item>
            </channel></rss>
            """);

        Assert.Equal("https://mirror.example.com/news/a-story", feed.Items[0].Link);
    }
}
