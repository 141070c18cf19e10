using BriefingBot.Core.Answering;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure;
using Microsoft.Extensions.Options;

namespace BriefingBot.Hosting;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The understanding pipeline and the answering engine (pure core; the archive comes from infrastructure).</summary>
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AnswerOptions>(configuration, AnswerOptions.SectionName);
        services.AddSingleton<IArticleAnalyzer, ArticleAnalyzer>();
        // "What's new in <place>" is a briefing, so the answerer gets the briefer; follow-ups need the
        // conversation state store (from infrastructure) and the clock its expiry is measured by.
        services.AddSingleton<IAnswerer>(provider => new Answerer(
            provider.GetRequiredService<IArchive>(),
            provider.GetRequiredService<IOptions<AnswerOptions>>().Value,
            provider.GetRequiredService<Briefer>(),
            provider.GetService<IConversationStateStore>(),
            provider.GetService<TimeProvider>()));

        // Briefings: what areas people can name, and composing a briefing from the archive.
        services.AddValidatedOptions<BriefingOptions>(configuration, BriefingOptions.SectionName);
        services.AddSingleton<AreaDirectory>();
        services.AddSingleton(provider => new Briefer(
            provider.GetRequiredService<IBriefingArchive>(),
            provider.GetRequiredService<AreaDirectory>(),
            provider.GetRequiredService<IOptions<BriefingOptions>>().Value));
        return services;
    }
}
