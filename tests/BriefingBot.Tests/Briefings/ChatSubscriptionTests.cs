using BriefingBot.Core.Briefings;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Briefings;

/// <summary>Subscriptions and on-demand briefings in chat, through the real service on loopback.</summary>
public sealed class ChatSubscriptionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await BriefingHost.StartAsync(_time);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task<string> SayAsync(string text) => (await _host.AskAsync(_connector, text)).Text ?? string.Empty;

    [Fact]
    public async Task Subscribe_list_and_unsubscribe_a_channel()
    {
        var subscribed = await SayAsync("subscribe this channel to South Caucasus at 08:00 Asia/Baku");
        Assert.Contains("Subscribed to South Caucasus", subscribed);
        Assert.Contains("every day at 08:00 Asia/Baku", subscribed);

        await SayAsync("subscribe this channel to the Balkans at 7:30 am Europe/Belgrade");
        var listed = await SayAsync("subscriptions");
        Assert.Contains("South Caucasus: every day at 08:00 Asia/Baku", listed);
        Assert.Contains("Balkans: every day at 07:30 Europe/Belgrade", listed);

        Assert.Contains("no more briefings on Balkans", await SayAsync("unsubscribe from the Balkans"));
        Assert.Contains("1 subscription removed", await SayAsync("unsubscribe"));
        Assert.Contains("no daily briefings yet", await SayAsync("subscriptions"));
    }

    [Fact]
    public async Task Subscribing_stores_the_conversation_address_for_later_posts()
    {
        await SayAsync("subscribe to Central Asia");

        var store = _host.Services.GetRequiredService<ISubscriptionStore>();
        var subscription = Assert.Single(await store.ActiveAsync());
        Assert.Equal(new TimeOnly(8, 0), subscription.LocalTime); // no time given: 08:00 UTC
        Assert.Equal("UTC", subscription.TimeZone);
        Assert.Contains(_connector.ServiceUrl.TrimEnd('/'), subscription.Address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Installing_the_bot_stores_the_conversation_address()
    {
        using var response = await TestActivities.PostAsync(_host.Client, TestActivities.BotAdded(_connector.ServiceUrl, conversationId: "team-channel-7"));
        response.EnsureSuccessStatusCode();
        await _connector.NextMessageAsync(); // the welcome

        var address = await _host.Services.GetRequiredService<ISubscriptionStore>().ConversationAddressAsync("emulator", "team-channel-7");
        Assert.NotNull(address);
        Assert.Contains("team-channel-7", address, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_regions_times_and_zones_get_a_clear_answer_and_store_nothing()
    {
        Assert.Contains("I don't know a region called \u201cNarnia\u201d", await SayAsync("subscribe this channel to Narnia at 08:00 UTC"));
        Assert.Contains("not a time of day", await SayAsync("subscribe this channel to South Caucasus at 25:00 UTC"));
        Assert.Contains("I don't know the time zone \u201cMars/Olympus\u201d", await SayAsync("subscribe this channel to South Caucasus at 08:00 Mars/Olympus"));
        Assert.Empty(await _host.Services.GetRequiredService<ISubscriptionStore>().ActiveAsync());
    }

    [Fact]
    public async Task Brief_me_on_a_region_or_country_answers_with_the_last_24_hours()
    {
        await _host.IngestRailTalksAsync(_time.GetUtcNow().AddHours(-3));
        await _host.IngestAsync("Chile expands its ports", "Chile expanded the port of Valparaiso on Monday, officials in Santiago said.", _time.GetUtcNow().AddHours(-2));

        var briefing = await SayAsync("brief me on the South Caucasus");
        Assert.Contains("**Briefing: South Caucasus**", briefing);
        Assert.Contains("**Georgia and Armenia agree to study a faster rail link**", briefing);
        Assert.Contains("Tamar Beridze", briefing);
        Assert.DoesNotContain("Chile", briefing);

        Assert.Contains("**Briefing: Armenia**", await SayAsync("what's new in Armenia?"));
        Assert.Contains("No new stories about Turkey in the last 24 hours.", await SayAsync("brief me on Turkey"));
        Assert.Contains("I don't know a region called", await SayAsync("brief me on Narnia"));
    }

    [Fact]
    public async Task A_typographic_apostrophe_asks_for_the_same_briefing_as_a_plain_one()
    {
        await _host.IngestRailTalksAsync(_time.GetUtcNow().AddHours(-3));

        Assert.Contains("**Briefing: Armenia**", await SayAsync("What\u2019s  new in Armenia?"));
    }
}
