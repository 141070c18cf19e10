namespace BriefingBot.Demo;

public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingDemo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName)).ValidateOnStart();
        services.AddHostedService<DemoArticleSeeder>();
        return services;
    }
}
