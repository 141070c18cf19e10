using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Infrastructure.Tests.Sources;

/// <summary>Adding, finding, pausing and removing sources; what an admin is told when a request is wrong.</summary>
public sealed class SourceStoreTests : IAsyncLifetime
{
    private SourceHarness _h = null!;

    public async Task InitializeAsync() => _h = await SourceHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Theory]
    [InlineData("", "needs a URL")]
    [InlineData("example.com/feed", "is not a URL")]
    [InlineData("ftp://example.com/feed.xml", "only http and https")]
    [InlineData("file:///etc/passwd", "only http and https")]
    [InlineData("https://user:secret@example.com/feed.xml", "user name or password")]
    public async Task A_bad_url_is_refused_with_a_sentence_that_says_why(string url, string reason)
    {
        var error = await Assert.ThrowsAsync<SourceException>(() => _h.Sources.AddAsync(new NewSource(url, null, null, "test")));

        Assert.Contains(reason, error.Message);
        Assert.Empty(await _h.Sources.ListAsync());
    }

    [Fact]
    public async Task The_same_feed_added_twice_even_with_tracking_parameters_is_refused_naming_the_first()
    {
        var first = await _h.Sources.AddAsync(new NewSource("https://news.example.com/feed.xml", null, null, "test"));

        var error = await Assert.ThrowsAsync<SourceException>(() =>
            _h.Sources.AddAsync(new NewSource("https://NEWS.example.com/feed.xml/?utm_source=x", null, null, "test")));

        Assert.Contains($"already source #{first.Id}", error.Message);
    }

    [Fact]
    public async Task A_source_is_found_by_number_or_url_and_removing_it_keeps_its_articles_origin_rows()
    {
        var source = await _h.Sources.AddAsync(new NewSource("https://news.example.com/feed.xml", "Central Asia", TimeSpan.FromHours(1), "slack:U1"));

        Assert.Equal(source.Id, (await _h.Sources.FindAsync($"#{source.Id}"))!.Id);
        Assert.Equal(source.Id, (await _h.Sources.FindAsync("https://news.example.com/feed.xml?utm_campaign=a"))!.Id);
        Assert.Null(await _h.Sources.FindAsync("not a source"));
        Assert.Equal(("Central Asia", TimeSpan.FromHours(1), "slack:U1", _h.Clock.GetUtcNow()), (source.Region, source.Interval, source.AddedBy, source.NextPoll));

        Assert.True(await _h.Sources.RemoveAsync(source.Id));
        Assert.False(await _h.Sources.RemoveAsync(source.Id));
        Assert.Empty(await _h.Sources.ListAsync());
    }

    [Fact]
    public async Task Resuming_a_paused_source_makes_it_due_at_once()
    {
        var source = await _h.Sources.AddAsync(new NewSource("https://news.example.com/feed.xml", null, TimeSpan.FromHours(1), "test"));
        await _h.Sources.RecordPollAsync(source.Id, new PollRecord(SourceKind.Feed, "T", null, null, _h.Clock.GetUtcNow(), _h.Clock.GetUtcNow(), null, _h.Clock.GetUtcNow().AddHours(1), 0, true));

        var paused = await _h.Sources.SetPausedAsync(source.Id, true);
        Assert.True(paused!.Paused);
        Assert.Empty(await _h.Sources.DueAsync(_h.Clock.GetUtcNow().AddDays(1)));

        var resumed = await _h.Sources.SetPausedAsync(source.Id, false);
        Assert.False(resumed!.Paused);
        Assert.Equal(_h.Clock.GetUtcNow(), resumed.NextPoll);
        Assert.Null(await _h.Sources.SetPausedAsync(999, true));
    }

    [Theory]
    [InlineData("15m", 15 * 60)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("2d", 2 * 86400)]
    [InlineData(" 90s ", 90)]
    public void Intervals_read_as_admins_write_them(string text, int seconds)
    {
        var interval = PollInterval.Parse(text, new SourceOptions { MinInterval = TimeSpan.FromSeconds(30) });

        Assert.Equal(TimeSpan.FromSeconds(seconds), interval);
        Assert.Equal(interval, PollInterval.Parse(PollInterval.Format(interval), new SourceOptions { MinInterval = TimeSpan.FromSeconds(30) }));
    }

    [Theory]
    [InlineData("soon", "not an interval")]
    [InlineData("15", "not an interval")]
    [InlineData("-5m", "not an interval")]
    [InlineData("10s", "outside the allowed range 1m to 7d")]
    [InlineData("30d", "outside the allowed range 1m to 7d")]
    public void Bad_intervals_are_refused_with_the_allowed_range(string text, string reason)
    {
        var error = Assert.Throws<SourceException>(() => PollInterval.Parse(text, new SourceOptions()));

        Assert.Contains(reason, error.Message);
    }
}
