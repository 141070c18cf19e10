using BriefingBot.Conversations;
using BriefingBot.Infrastructure;

namespace BriefingBot.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>Who is an admin, and the source admin chat commands.</summary>
    public static IServiceCollection AddBriefingAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AdminOptions>(configuration, AdminOptions.SectionName);
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<IChatCommand, SourceChatCommand>();
        return services;
    }
}
