using static BriefingBot.Infrastructure.Tests.Feeds.FeedFixtures;

namespace BriefingBot.Infrastructure.Tests.Feeds;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Sat, 07 Sep 2002 09:42:31 GMT", "2002-09-07T09:42:31+00:00")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 UT", "2002-09-07T09:42:31+00:00")]
    [InlineData("Sat, 7 Sep 2002 09:42:31 EST", "2002-09-07T09:42:31-05:00")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 EDT", "2002-09-07T09:42:31-04:00")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 PST", "2002-09-07T09:42:31-08:00")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 +0400", "2002-09-07T09:42:31+04:00")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 -0330", "2002-09-07T09:42:31-03:30")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 +04:00", "2002-09-07T09:42:31+04:00")]
    [InlineData("07 Sep 2002 09:42 GMT", "2002-09-07T09:42:00+00:00")]
    [InlineData("Saturday, 07 September 2002 09:42:31 GMT", "2002-09-07T09:42:31+00:00")]
    [InlineData("Sat, 07 Sep 02 09:42:31 GMT", "2002-09-07T09:42:31+00:00")]
    [InlineData("Tue, 14 May 2024 09:30:00 CEST", "2024-05-14T09:30:00+02:00")]
    [InlineData("Tue, 14 May 2024 09:30:00 Z", "2024-05-14T09:30:00+00:00")]
    [InlineData("Tue, 14 May 2024 09:30:00", "2024-05-14T09:30:00+00:00")]
    [InlineData("2024-05-14T09:30:00Z", "2024-05-14T09:30:00+00:00")]
    [InlineData("2024-05-14T09:30:00.123+05:30", "2024-05-14T09:30:00.123+05:30")]
    [InlineData("2024-05-14T09:30:00-07:00", "2024-05-14T09:30:00-07:00")]
    [InlineData("2024-05-14 09:30:00", "2024-05-14T09:30:00+00:00")]
    [InlineData("2024-05-14", "2024-05-14T00:00:00+00:00")]
    [InlineData("May 14, 2024", "2024-05-14T00:00:00+00:00")]
    public void Published_dates_in_rfc_822_and_rfc_3339_forms_are_read(string written, string expected)
    {
        var feed = Parse(Rss($"<item><title>A</title><pubDate>{written}</pubDate></item>"));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), feed.Items[0].PublishedAt);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, feed.Items[0].PublishedAt!.Value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Sat, 31 Feb 2024 09:00:00 GMT")]
    [InlineData("Sat, 07 Foo 2002 09:42:31 GMT")]
    [InlineData("Sat, 07 Sep 2002 25:42:31 GMT")]
    [InlineData("Sat, 07 Sep 2002 09:42:31 +9900")]
    [InlineData("2024-13-45T99:00:00Z")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("{{pubDate}}")]
    public void An_unreadable_date_is_null_and_the_item_is_kept(string written)
    {
        var feed = Parse(Rss($"<item><title>Kept</title><pubDate>{written}</pubDate></item>"));

        var item = Assert.Single(feed.Items);
        Assert.Equal("Kept", item.Title);
        Assert.Null(item.PublishedAt);
    }
}
