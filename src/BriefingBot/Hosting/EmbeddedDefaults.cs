using Microsoft.Extensions.Configuration.Memory;

namespace BriefingBot.Hosting;

/// <summary>
/// Settings the service runs on when nothing else is configured. Inserted as the first configuration
/// source, so appsettings.json, environment variables and the command line all override them.
/// (Options classes carry their own defaults; these are the framework's settings.)
/// </summary>
internal static class EmbeddedDefaults
{
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
        // The Bot Framework SDK logs several Information lines per turn through the adapter's logger, each with
        // the conversation id: a console write per line was a large share of a turn's cost under load, and
        // conversation ids are not worth keeping. Turn failures are logged at Error and still show.
        ["Logging:LogLevel:BriefingBot.Bot.BriefingCloudAdapter"] = "Warning",
    };

    public static void AddTo(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Values });
}
