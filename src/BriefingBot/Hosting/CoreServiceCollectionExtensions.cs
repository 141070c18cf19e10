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
        services.AddSingleton<IAnswerer>(provider => new Answerer(
            provider.GetRequiredService<IArchive>(),
            provider.GetRequiredService<IOptions<AnswerOptions>>().Value));

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
