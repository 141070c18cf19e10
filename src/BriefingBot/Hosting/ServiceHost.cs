using BriefingBot.Admin;
using BriefingBot.Bot;
using BriefingBot.Demo;
using BriefingBot.Infrastructure;
using BriefingBot.Infrastructure.Sources;
using BriefingBot.Scheduling;

namespace BriefingBot.Hosting;

/// <summary>The composition root of the web service; tests build the same host on a loopback port.</summary>
public static class ServiceHost
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <param name="args">Command-line configuration (e.g. --Storage:DataDirectory=...).</param>
    /// <param name="configure">Lets tests and the CLI add settings before the host is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        EmbeddedDefaults.AddTo(builder.Configuration);
        // "urls" covers --urls, appsettings and ASPNETCORE_URLS (the host strips the ASPNETCORE_ prefix).
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddBriefingInfrastructure(builder.Configuration);
        builder.Services.AddBriefingBotFramework(builder.Configuration);
        builder.Services.AddBriefingDemo(builder.Configuration);
        builder.Services.AddBriefingAdmin(builder.Configuration);
        builder.Services.AddSourcePolling();
        builder.Services.AddBriefingSchedule(builder.Configuration);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.MapBriefingBotFramework();
        app.MapAdminApi();
        return app;
    }
}
