using BriefingBot.Conversations;
using BriefingBot.Infrastructure;
using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>Who is an admin, the source chat commands, and the background poller of the web service.</summary>
    public static IServiceCollection AddBriefingAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AdminOptions>(configuration, AdminOptions.SectionName);
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<IChatCommand, SourceChatCommand>();
        services.AddSourcePolling();
        return services;
    }
}
