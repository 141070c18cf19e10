using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Infrastructure.Sources;

public static class SourceServiceCollectionExtensions
{
    /// <summary>Sources admins add, the poller and its schedule. Needs the storage and fetching registrations.</summary>
    public static IServiceCollection AddBriefingSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SourceOptions>(configuration, SourceOptions.SectionName);
        services.AddSingleton<SqliteSourceStore>();
        services.AddSingleton<SourceSignals>();
        services.AddSingleton<SourcePoller>();
        services.AddSingleton<SourceScheduler>();
        services.AddSingleton<Admin.SqliteAdminStore>();
        services.AddSingleton<SourceAdmin>();
        return services;
    }

    /// <summary>The background poller; the web service adds it, the CLI polls on demand instead.</summary>
    public static IServiceCollection AddSourcePolling(this IServiceCollection services)
    {
        services.AddHostedService<SourcePollingService>();
        return services;
    }
}
