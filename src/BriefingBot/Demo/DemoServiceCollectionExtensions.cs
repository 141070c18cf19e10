using BriefingBot.Infrastructure;

namespace BriefingBot.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<DemoOptions>(configuration, DemoOptions.SectionName);
        services.AddHostedService<DemoArticleSeeder>();
        return services;
    }
}
