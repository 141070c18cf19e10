using System.Text;
using BriefingBot.Infrastructure.Feeds;
using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class LargeFeedTests
{
    private const int ItemCount = 10_000;

    [Fact]
    public void Ten_thousand_rss_items_all_parse_in_order()
    {
        var items = new StringBuilder();
        for (var i = 0; i < ItemCount; i++)
        {
            items.Append($"<item><title>Story {i}</title><link>/s/{i}</link><pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate><description>Lead {i} of the day.</description></item>");
        }

        var feed = Parse(Rss(items.ToString()));

        Assert.Equal(ItemCount, feed.Items.Count);
        Assert.Equal("Story 0", feed.Items[0].Title);
        Assert.Equal($"https://news.example.com/s/{ItemCount - 1}", feed.Items[^1].Link);
        Assert.Equal(ItemCount, feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Ten_thousand_json_feed_items_all_parse()
    {
        var items = string.Join(',', Enumerable.Range(0, ItemCount).Select(i => $$"""{"id":"{{i}}","url":"https://news.example.com/j/{{i}}","content_text":"Body {{i}}."}"""));

        var feed = Parse($$"""{"version":"https://jsonfeed.org/version/1.1","title":"Big","items":[{{items}}]}""");

        Assert.Equal(ItemCount, feed.Items.Count);
        Assert.Equal(FeedFormat.JsonFeed, feed.Format);
    }
}
