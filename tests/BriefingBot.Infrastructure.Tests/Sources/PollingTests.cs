using BriefingBot.Infrastructure.Sources;
using static BriefingBot.Tests.Sources.SourceFixtures;

namespace BriefingBot.Infrastructure.Tests.Sources;

/// <summary>Polling feeds and pages served by a real loopback server: what is stored, what is skipped, what is remembered.</summary>
public sealed class PollingTests : IAsyncLifetime
{
    private SourceHarness _h = null!;

    public async Task InitializeAsync() => _h = await SourceHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task First_poll_backfills_quietly_and_a_later_item_is_stored_as_new_with_the_source_region()
    {
        _h.Server.Feed("/feed.xml", Rss(Item("Alderport"), Item("Brackwater")));
        var source = await _h.AddAsync("/feed.xml", region: "South Caucasus", interval: TimeSpan.FromMinutes(15));

        var first = (await _h.PollAsync())[source.Id];

        Assert.Equal(PollOutcome.Fetched, first.Outcome);
        Assert.True(first.Quiet);
        Assert.Equal(2, first.Stored);
        Assert.Equal(2, await _h.Articles.CountArticlesAsync());
        var backfilled = await _h.Sources.OriginsAsync(first.Items[0].ArticleId!.Value);
        Assert.True(Assert.Single(backfilled).Quiet);

        _h.Server.Feed("/feed.xml", Rss(Item("Cindervale"), Item("Alderport"), Item("Brackwater")));
        Assert.Empty(await _h.PollAsync()); // not due before its interval
        _h.Clock.Advance(TimeSpan.FromMinutes(15));
        var second = (await _h.PollAsync())[source.Id];

        Assert.False(second.Quiet);
        var item = Assert.Single(second.Items);
        Assert.Equal(ItemOutcome.Stored, item.Outcome);
        Assert.Equal("Ferry timetable approved in Cindervale", item.Title);
        var origin = Assert.Single(await _h.Sources.OriginsAsync(item.ArticleId!.Value));
        Assert.Equal(("South Caucasus", "en", false), (origin.Region, origin.Language, origin.Quiet));
        var article = await _h.Articles.GetArticleAsync(item.ArticleId.Value);
        Assert.Equal(("Ana Field", "Harbour News", "https://news.example.com/cindervale"), (article!.Author, article.SourceName, article.Url));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(3, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task An_unchanged_feed_is_asked_with_its_ETag_and_its_304_stores_nothing_but_counts_as_success()
    {
        _h.Server.FeedWithETag("/etag.xml", Rss(Item("Dunmere")), "\"v7\"");
        var source = await _h.AddAsync("/etag.xml", interval: TimeSpan.FromMinutes(5));
        await _h.PollAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(5));

        var second = (await _h.PollAsync())[source.Id];

        Assert.Equal(PollOutcome.NotModified, second.Outcome);
        Assert.Empty(second.Items);
        Assert.Equal("\"v7\"", _h.Server.Requests.Last().IfNoneMatch);
        var health = (await _h.Sources.GetAsync(source.Id))!;
        Assert.Equal(_h.Clock.GetUtcNow(), health.LastSuccess);
        Assert.Null(health.LastError);
        Assert.Equal(_h.Clock.GetUtcNow() + TimeSpan.FromMinutes(5), health.NextPoll);
        Assert.Equal(1, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task The_same_article_from_two_feeds_and_with_tracking_parameters_is_stored_once()
    {
        _h.Server.Feed("/a.xml", Rss(Item("Eastholm", link: "https://news.example.com/eastholm?utm_source=rss&utm_medium=feed", guid: "a-1")));
        _h.Server.Feed("/b.xml", Rss(Item("Eastholm", link: "https://news.example.com/eastholm/", guid: "b-9")));
        var a = await _h.AddAsync("/a.xml");
        var b = await _h.AddAsync("/b.xml", host: "other.test");

        var reports = await _h.PollAsync();

        Assert.Equal(1, await _h.Articles.CountArticlesAsync());
        var items = new[] { Assert.Single(reports[a.Id].Items), Assert.Single(reports[b.Id].Items) };
        Assert.Equal(items[0].ArticleId, items[1].ArticleId);
        Assert.Contains(items, i => i.Outcome == ItemOutcome.AlreadyStored);
        Assert.Equal([a.Id, b.Id], (await _h.Sources.OriginsAsync(items[0].ArticleId!.Value)).Select(o => o.SourceId).Order());
    }

    [Fact]
    public async Task An_item_updated_in_the_feed_is_not_stored_a_second_time()
    {
        _h.Server.Feed("/feed.xml", Rss(Item("Fernbay")));
        var source = await _h.AddAsync("/feed.xml", interval: TimeSpan.FromMinutes(1));
        await _h.PollAsync();
        _h.Server.Feed("/feed.xml", Rss(Item("Fernbay", body: Story("Fernbay") + "\n\nUpdated: the council corrected the start date.")));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));

        var second = (await _h.PollAsync())[source.Id];

        Assert.Empty(second.Items);
        Assert.Equal(1, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task A_teaser_item_is_stored_with_the_main_text_of_its_page_without_page_chrome()
    {
        _h.Server.Page("/stories/glenmoor.html", Page("Glenmoor"));
        _h.Server.Feed("/teasers.xml", Rss(TeaserItem("Glenmoor", _h.Server.Url("/stories/glenmoor.html", "pages.test"))));
        var source = await _h.AddAsync("/teasers.xml");

        var item = Assert.Single((await _h.PollAsync())[source.Id].Items);

        Assert.Equal(ItemOutcome.Stored, item.Outcome);
        var article = (await _h.Articles.GetArticleAsync(item.ArticleId!.Value))!;
        Assert.Contains("Officials in Glenmoor said the change would add two morning crossings", article.Body);
        Assert.DoesNotContain("newsletter", article.Body);
        Assert.DoesNotContain("do-not-store-this-script", article.Body);
        Assert.DoesNotContain("All rights reserved", article.Body);
        Assert.DoesNotContain("Read more", article.Body);
        Assert.Equal(1, _h.Server.Hits("/stories/glenmoor.html"));
    }

    [Fact]
    public async Task A_teaser_whose_page_fails_is_not_marked_seen_and_is_stored_when_the_page_comes_back()
    {
        _h.Server.Status("/stories/harrow.html", 500);
        _h.Server.Feed("/teasers.xml", Rss(TeaserItem("Harrow", _h.Server.Url("/stories/harrow.html", "pages.test"))));
        var source = await _h.AddAsync("/teasers.xml", interval: TimeSpan.FromMinutes(1));

        var first = (await _h.PollAsync())[source.Id];
        _h.Server.Page("/stories/harrow.html", Page("Harrow"));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await _h.PollAsync())[source.Id];

        Assert.Equal(ItemOutcome.Failed, Assert.Single(first.Items).Outcome);
        Assert.Contains("HTTP 500", (await _h.Sources.GetAsync(source.Id))!.LastError ?? first.Error);
        Assert.Equal(ItemOutcome.Stored, Assert.Single(second.Items).Outcome);
        Assert.Equal(1, await _h.Articles.CountArticlesAsync());
    }

    [Fact]
    public async Task A_web_page_source_stores_the_page_as_an_article_once()
    {
        _h.Server.Page("/ivybridge.html", Page("Ivybridge"));
        var source = await _h.AddAsync("/ivybridge.html", host: "pages.test", interval: TimeSpan.FromMinutes(1));

        var first = (await _h.PollAsync())[source.Id];
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await _h.PollAsync())[source.Id];

        Assert.Equal(ItemOutcome.Stored, Assert.Single(first.Items).Outcome);
        Assert.Equal(ItemOutcome.AlreadyStored, Assert.Single(second.Items).Outcome);
        Assert.Equal(SourceKind.Page, (await _h.Sources.GetAsync(source.Id))!.Kind);
        Assert.Equal(1, await _h.Articles.CountArticlesAsync());
    }
}
