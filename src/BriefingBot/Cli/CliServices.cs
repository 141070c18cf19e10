using BriefingBot.Hosting;
using BriefingBot.Infrastructure;

namespace BriefingBot.Cli;

/// <summary>
/// The services the offline commands use: the same configuration sources and registrations as the
/// web service (appsettings.json, environment, then --data), without the web host.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? dataDirectory)
    {
        var builder = new ConfigurationBuilder();
        EmbeddedDefaults.AddTo(builder);
        var configuration = builder
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(DataOverride(dataDirectory))
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(console => console.SingleLine = true)
            .SetMinimumLevel(LogLevel.Warning));
        services.AddBriefingCore(configuration);
        services.AddBriefingInfrastructure(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The configuration entries that --data sets.</summary>
    public static Dictionary<string, string?> DataOverride(string? dataDirectory) =>
        string.IsNullOrWhiteSpace(dataDirectory)
            ? []
            : new() { ["Storage:DataDirectory"] = dataDirectory };
}
