using BriefingBot.Core.Briefings;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Briefings;

public sealed class SubscriptionStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 28);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Task<Subscription> Subscribe(ISubscriptionStore store, string region, string conversation = "conv-1", string time = "08:00") =>
        store.SubscribeAsync("msteams", conversation, "{\"address\":1}", region, TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), "Asia/Baku", "user-1", Now);

    [Fact]
    public async Task Subscribing_again_to_a_region_changes_its_time_instead_of_adding_a_second()
    {
        using var archive = _folder.OpenStore();
        var store = new SqliteSubscriptionStore(archive);

        var first = await Subscribe(store, "South Caucasus");
        var again = await Subscribe(store, "the south caucasus", time: "09:30");

        Assert.Equal(first.Id, again.Id);
        var only = Assert.Single(await store.ListAsync("msteams", "conv-1"));
        Assert.Equal(new TimeOnly(9, 30), only.LocalTime);
        Assert.Equal("{\"address\":1}", only.Address);
    }

    [Fact]
    public async Task Only_one_claim_per_subscription_and_local_day_succeeds_even_from_two_stores_on_one_file()
    {
        using var archiveA = _folder.OpenStore();
        using var archiveB = _folder.OpenStore();
        var a = new SqliteSubscriptionStore(archiveA);
        var b = new SqliteSubscriptionStore(archiveB);
        var subscription = await Subscribe(a, "South Caucasus");

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? a : b).TryClaimAsync(subscription.Id, Today, Now, DeliveryStatus.Claimed, $"host-{i}", Now)));

        Assert.Equal(1, claims.Count(c => c));
        Assert.True(await a.TryClaimAsync(subscription.Id, Today.AddDays(1), Now.AddDays(1), DeliveryStatus.Claimed, "host-0", Now.AddDays(1)));
        await b.CompleteAsync(subscription.Id, Today, DeliveryStatus.Sent, null, Now);
        Assert.Equal(DeliveryStatus.Sent, await a.DeliveryAsync(subscription.Id, Today));
    }

    [Fact]
    public async Task Unsubscribe_removes_one_region_or_all_and_inactive_subscriptions_are_not_scheduled()
    {
        using var archive = _folder.OpenStore();
        var store = new SqliteSubscriptionStore(archive);
        var caucasus = await Subscribe(store, "South Caucasus");
        await Subscribe(store, "Central Asia");
        await Subscribe(store, "Balkans", conversation: "conv-2");

        await store.DeactivateAsync(caucasus.Id, "403 Forbidden: the bot was removed");
        Assert.DoesNotContain(await store.ActiveAsync(), s => s.Id == caucasus.Id);
        Assert.False((await store.ListAsync("msteams", "conv-1")).Single(s => s.Id == caucasus.Id).Active);

        Assert.Equal(1, await store.UnsubscribeAsync("msteams", "conv-1", "central asia"));
        Assert.Equal(1, await store.UnsubscribeAsync("msteams", "conv-1", null));
        Assert.Empty(await store.ListAsync("msteams", "conv-1"));
        Assert.Single(await store.ListAsync("msteams", "conv-2"));
    }

    [Fact]
    public async Task A_claim_for_a_removed_subscription_fails_quietly()
    {
        using var archive = _folder.OpenStore();
        var store = new SqliteSubscriptionStore(archive);
        var subscription = await Subscribe(store, "South Caucasus");
        await store.UnsubscribeAsync("msteams", "conv-1", null);

        Assert.False(await store.TryClaimAsync(subscription.Id, Today, Now, DeliveryStatus.Claimed, "host", Now));
    }
}
