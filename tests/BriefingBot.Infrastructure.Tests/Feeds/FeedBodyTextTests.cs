using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class FeedBodyTextTests
{
    [Fact]
    public void Scripts_figures_and_sharing_chrome_are_dropped_from_item_content()
    {
        const string html = """
            <script>document.write('tracker')</script>
            <p>Short opener.</p>
            <figure><img src="a.jpg"/><figcaption>Photo: Agency</figcaption></figure>
            <p>The council voted on Tuesday to approve the harbour plan after a long debate.</p>
            <p>Share</p>
            <style>p { color: red }</style>
            """;

        var feed = Parse(Rss($"<item><title>A</title><content:encoded><![CDATA[{html}]]></content:encoded></item>"));

        Assert.Equal("Short opener.\n\nThe council voted on Tuesday to approve the harbour plan after a long debate.", feed.Items[0].Content);
    }

    [Fact]
    public void Plain_text_content_keeps_its_paragraphs()
    {
        var feed = Parse("""{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_text":"First line of text.\n\nSecond   paragraph\tis here."}]}""");

        Assert.Equal("First line of text.\n\nSecond paragraph is here.", feed.Items[0].Content);
    }

    [Fact]
    public void Content_with_no_text_is_absent_rather_than_empty()
    {
        var feed = Parse(Rss("<item><title>A</title><description><![CDATA[<img src=\"x.jpg\"/>]]></description></item>"));

        Assert.Null(feed.Items[0].Summary);
        Assert.True(feed.Items[0].IsTeaser);
    }
}
