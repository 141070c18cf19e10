using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class TeaserDetectionTests
{
    [Fact]
    public void Full_article_content_is_not_a_teaser()
    {
        var feed = Parse(Rss($"<item><title>A</title><content:encoded><![CDATA[{ArticleHtml()}]]></content:encoded></item>"));

        Assert.False(feed.Items[0].IsTeaser);
    }

    [Fact]
    public void A_short_description_is_a_teaser()
    {
        var feed = Parse(Rss("<item><title>A</title><description>The council met on Tuesday to discuss the harbour.</description></item>"));

        Assert.True(feed.Items[0].IsTeaser);
    }

    [Fact]
    public void An_item_with_no_text_at_all_is_a_teaser()
    {
        var feed = Parse(Rss("<item><title>A</title><link>https://news.example.com/a</link></item>"));

        Assert.Null(feed.Items[0].Text);
        Assert.True(feed.Items[0].IsTeaser);
    }

    [Theory]
    [InlineData("...")]
    [InlineData("…")]
    [InlineData(" […]")]
    [InlineData(" [...]")]
    [InlineData(" <a href=\"https://news.example.com/a\">Read more</a>")]
    [InlineData(" <a href=\"https://news.example.com/a\">Continue reading →</a>")]
    public void Long_text_that_is_cut_off_is_a_teaser(string ending)
    {
        var html = ArticleHtml() + "<p>And then the mayor said that the plan would" + ending + "</p>";

        var feed = Parse(Rss($"<item><title>A</title><description><![CDATA[{html}]]></description></item>"));

        Assert.True(feed.Items[0].Text!.Length >= 500);
        Assert.True(feed.Items[0].IsTeaser);
    }

    [Fact]
    public void Full_content_wins_over_a_teaser_summary()
    {
        var feed = Parse(Rss($"""
            <item><title>A</title><description>Short lead…</description>
            <content:encoded><![CDATA[{ArticleHtml()}]]></content:encoded></item>
            """));

        Assert.Equal("Short lead…", feed.Items[0].Summary);
        Assert.False(feed.Items[0].IsTeaser);
    }

    [Fact]
    public void Content_that_is_only_an_image_hands_the_teaser_test_to_the_summary()
    {
        var feed = Parse(Rss($"""
            <item><title>A</title><description><![CDATA[{ArticleHtml()}]]></description>
            <content:encoded><![CDATA[<img src="hero.jpg"/>]]></content:encoded></item>
            """));

        Assert.Null(feed.Items[0].Content);
        Assert.False(feed.Items[0].IsTeaser);
    }
}
