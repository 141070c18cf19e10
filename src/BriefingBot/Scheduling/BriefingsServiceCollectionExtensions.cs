using BriefingBot.Conversations;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Scheduling;

public static class BriefingsServiceCollectionExtensions
{
    /// <summary>
    /// Daily briefings in the host: the chat commands (subscribe, unsubscribe, subscriptions, brief me on X,
    /// regions and admins' define/remove region)
    /// and the scheduler (a hosted service unless Briefings:SchedulerEnabled is false). Composition itself is
    /// in AddBriefingCore; posting is the Bot Framework edge's IBriefingPoster.
    /// </summary>
    public static IServiceCollection AddBriefingSchedule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IChatCommand, SubscriptionCommand>();
        services.AddSingleton<IChatCommand, BriefMeCommand>();
        services.AddSingleton<IChatCommand, RegionChatCommand>();
        services.AddSingleton<BriefingScheduler>();
        if (configuration.GetValue($"{BriefingOptions.SectionName}:{nameof(BriefingOptions.SchedulerEnabled)}", true))
        {
            services.AddHostedService<BriefingSchedulerService>();
        }

        return services;
    }
}
