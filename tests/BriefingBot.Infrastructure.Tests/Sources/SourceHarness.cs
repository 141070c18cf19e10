using System.Net;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Fetching;
using BriefingBot.Infrastructure.Sources;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Fetching;
using BriefingBot.Tests.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Infrastructure.Tests.Sources;

/// <summary>
/// The real source registrations (store, poller, scheduler, fetcher with its Polly pipeline) over a temp
/// folder and a fake clock, fetching from a <see cref="FeedServer"/>. Host names in <see cref="Hosts"/> resolve
/// to 127.0.0.1; private addresses are refused except 127.0.0.1 itself, so redirects to other private
/// addresses are still caught.
/// </summary>
internal sealed class SourceHarness : IAsyncDisposable
{
    public static readonly string[] Hosts = ["feeds.test", "other.test", "slow.test", "broken.test", "pages.test"];

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    private SourceHarness(FeedServer server, IReadOnlyDictionary<string, string?> settings, bool systemClock)
    {
        Server = server;
        var values = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _folder.Path,
            ["Fetching:Timeout"] = "00:00:05",
            ["Fetching:Resilience:Retries"] = "0",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // Polly takes its clock from the container too: retry delays only pass on a real clock.
        services.AddSingleton(systemClock ? TimeProvider.System : Clock);
        services.AddSingleton<IArticleAnalyzer, ArticleAnalyzer>();
        services.AddBriefingInfrastructure(configuration);
        var resolver = FakeResolver.Of(Hosts.Select(h => (h, "127.0.0.1")).ToArray());
        services.AddSingleton<IHostResolver>(resolver);
        // The loopback fake server is exempt; every other private address stays refused.
        services.AddSingleton(sp => new UrlSafety(sp.GetRequiredService<IOptions<FetchOptions>>(), resolver, new HashSet<IPAddress> { IPAddress.Loopback }));
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FeedServer Server { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _services;

    public SqliteSourceStore Sources => _services.GetRequiredService<SqliteSourceStore>();

    public SqliteArticleStore Articles => _services.GetRequiredService<SqliteArticleStore>();

    public SourceScheduler Scheduler => _services.GetRequiredService<SourceScheduler>();

    /// <param name="systemClock">Use the real clock instead of <see cref="Clock"/> (for tests of retry delays).</param>
    public static async Task<SourceHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool systemClock = false) =>
        new(await FeedServer.StartAsync(), settings ?? new Dictionary<string, string?>(), systemClock);

    public Task<Source> AddAsync(string path, string host = "feeds.test", string? region = null, TimeSpan? interval = null) =>
        Sources.AddAsync(new NewSource(Server.Url(path, host), region, interval, "test"));

    /// <summary>Polls every due source once and returns the reports by source id.</summary>
    public async Task<Dictionary<long, PollReport>> PollAsync()
    {
        var reports = await Scheduler.PollDueOnceAsync(CancellationToken.None);
        return reports.ToDictionary(r => r.SourceId);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Server.DisposeAsync();
        _folder.Dispose();
    }
}
