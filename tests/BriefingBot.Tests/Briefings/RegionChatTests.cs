using BriefingBot.Infrastructure.Admin;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Tests.Briefings;

/// <summary>Admins define their own regions in chat; everyone can list and use them.</summary>
public sealed class RegionChatTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero));
    private FakeBotConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeBotConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    private Task<BotHost> StartAsync(bool emulatorIsAdmin) => BriefingHost.StartAsync(
        _time, more: new Dictionary<string, string?> { ["Admins:EmulatorIsAdminInLocalMode"] = emulatorIsAdmin ? "true" : "false" });

    [Fact]
    public async Task An_admin_defines_a_region_that_briefings_and_subscriptions_then_use()
    {
        await using var host = await StartAsync(emulatorIsAdmin: true);
        await host.IngestAsync("Freight on the Middle Corridor doubles", "Freight on the Middle Corridor doubled this year, operators said.", _time.GetUtcNow().AddHours(-2));

        var defined = (await host.AskAsync(_connector, "define region Silk Road: UZ, Kazakhstan; terms: Middle Corridor, Trans-Caspian route")).Text;
        Assert.Contains("Defined region Silk Road", defined);
        Assert.Contains("Countries: Kazakhstan, Uzbekistan. Terms: Middle Corridor, Trans-Caspian route.", defined);

        Assert.Contains("Freight on the Middle Corridor doubles", (await host.AskAsync(_connector, "brief me on the Silk Road")).Text);
        Assert.Contains("Subscribed to Silk Road", (await host.AskAsync(_connector, "subscribe this channel to Silk Road at 09:00 Asia/Tashkent")).Text);
        Assert.Contains("Defined by admins: Silk Road.", (await host.AskAsync(_connector, "regions")).Text);

        var log = await host.Services.GetRequiredService<SqliteAdminStore>().AuditLogAsync(10);
        Assert.Contains(log, e => e.Action == "region.define" && e.Detail.StartsWith("Silk Road: KZ,UZ", StringComparison.Ordinal));

        Assert.Contains("Removed region Silk Road", (await host.AskAsync(_connector, "remove region Silk Road")).Text);
        Assert.Contains("I don't know a region called", (await host.AskAsync(_connector, "brief me on Silk Road")).Text);
    }

    [Fact]
    public async Task Others_are_refused_and_unknown_countries_are_named()
    {
        await using (var host = await StartAsync(emulatorIsAdmin: false))
        {
            Assert.Contains("Only admins can define regions", (await host.AskAsync(_connector, "define region Silk Road: UZ")).Text);
            Assert.Contains("Groupings: South Caucasus", (await host.AskAsync(_connector, "regions")).Text);
        }

        await using var admin = await StartAsync(emulatorIsAdmin: true);
        Assert.Contains("\u201cAtlantis\u201d is not a country I know", (await admin.AskAsync(_connector, "define region Myth: UZ, Atlantis")).Text);
    }
}
