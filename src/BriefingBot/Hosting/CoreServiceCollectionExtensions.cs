namespace BriefingBot.Hosting;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The understanding pipeline and the answering engine.</summary>
    public static IServiceCollection AddBriefingCore(this IServiceCollection services) => services;
}
