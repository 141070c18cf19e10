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
    };

    public static void AddTo(IConfigurationBuilder configuration) =>
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Values });
}
