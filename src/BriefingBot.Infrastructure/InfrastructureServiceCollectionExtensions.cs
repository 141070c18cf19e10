using BriefingBot.Core.Archive;
using BriefingBot.Infrastructure.Fetching;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Sources;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>
    /// Storage (SQLite in the data folder) and ingestion. The host registers the <c>IArticleAnalyzer</c>
    /// the ingestor needs.
    /// </summary>
    public static IServiceCollection AddBriefingInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddValidatedOptions<StorageOptions>(configuration, StorageOptions.SectionName);
        services.AddValidatedOptions<IngestionOptions>(configuration, IngestionOptions.SectionName);

        // One store, seen through both interfaces: readers and the ingestor share its connection pool.
        services.AddSingleton(sp => new SqliteArticleStore(
            sp.GetRequiredService<IOptions<StorageOptions>>(), sp.GetRequiredService<ILogger<SqliteArticleStore>>()));
        services.AddSingleton<IArticleStore>(sp => sp.GetRequiredService<SqliteArticleStore>());
        services.AddSingleton<IArchive>(sp => sp.GetRequiredService<SqliteArticleStore>());
        services.AddHostedService<ArchiveStartup>();

        // Briefings: where articles are (tagged at ingestion), what they read, who subscribed.
        services.TryAddSingleton<Core.Geography.RegionTagger>();
        services.AddSingleton(sp => new SqliteBriefingArchive(sp.GetRequiredService<SqliteArticleStore>()));
        services.AddSingleton<Core.Briefings.IBriefingArchive>(sp => sp.GetRequiredService<SqliteBriefingArchive>());
        services.AddSingleton<Core.Briefings.ISubscriptionStore>(sp => new SqliteSubscriptionStore(sp.GetRequiredService<SqliteArticleStore>()));

        // Follow-ups: each conversation's last question, in the same file, expiring (Conversations:Expiry).
        services.AddValidatedOptions<Core.Answering.ConversationOptions>(configuration, Core.Answering.ConversationOptions.SectionName);
        services.AddSingleton(sp => new SqliteConversationStateStore(
            sp.GetRequiredService<SqliteArticleStore>(),
            sp.GetRequiredService<IOptions<Core.Answering.ConversationOptions>>(),
            sp.GetRequiredService<ILogger<SqliteConversationStateStore>>()));
        services.AddSingleton<Core.Answering.IConversationStateStore>(sp => sp.GetRequiredService<SqliteConversationStateStore>());

        services.AddSingleton<ArticleExtractor>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<Feeds.FeedParser>();

        // Fetching remote feeds and pages: every hop address-checked, sizes and time capped (see FetchOptions).
        services.AddValidatedOptions<FetchOptions>(configuration, FetchOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton<UrlSafety>();
        services.AddValidatedOptions<ResilienceOptions>(configuration, ResilienceOptions.SectionName);
        services.AddHttpClient<SafeFetcher>(client => client.Timeout = Timeout.InfiniteTimeSpan) // FetchOptions.Timeout governs
            .ConfigurePrimaryHttpMessageHandler(sp => SafeHttpHandler.Create(
                sp.GetRequiredService<UrlSafety>(), sp.GetRequiredService<IOptions<FetchOptions>>().Value))
            .AddFetchResilience();

        services.AddBriefingSources(configuration);
        return services;
    }
}
