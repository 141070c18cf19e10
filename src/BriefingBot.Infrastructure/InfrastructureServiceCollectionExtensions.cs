using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Storage (SQLite in the data folder) and ingestion.</summary>
    public static IServiceCollection AddBriefingInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }
}
