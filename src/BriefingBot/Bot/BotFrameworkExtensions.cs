using BriefingBot.Channels;
using BriefingBot.Infrastructure;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Options;

namespace BriefingBot.Bot;

/// <summary>
/// The only place the host wires up the Bot Framework SDK (end-of-life upstream): moving to its successor
/// means replacing this folder and Channels/, nothing else.
/// </summary>
public static class BotFrameworkExtensions
{
    /// <summary>The Bot Framework adapter, authentication, the activity handler and the channel formatters.</summary>
    public static IServiceCollection AddBriefingBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<BotOptions>(configuration, BotOptions.SectionName);

        // Reads MicrosoftAppType/AppId/AppPassword/AppTenantId from the configuration root, where
        // Azure Bot Service templates and the Emulator docs put them.
        // Replies reuse pooled connections to the channel. No per-request logging: the URLs carry
        // conversation ids, and at hundreds of replies a second the log would be nothing else.
        services.AddHttpClient(ConnectorHttpClientFactory.Name).RemoveAllLoggers();
        services.AddSingleton<BotFrameworkAuthentication>(sp =>
            new BriefingBotFrameworkAuthentication(
                configuration,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger<BriefingBotFrameworkAuthentication>(),
                sp.GetRequiredService<IOptions<BotOptions>>().Value,
                new ConnectorHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>())));
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<BriefingCloudAdapter>();
        services.AddSingleton<CloudAdapter>(sp => sp.GetRequiredService<BriefingCloudAdapter>());
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<BriefingCloudAdapter>());

        services.AddSingleton<TeamsReplyFormatter>();
        services.AddSingleton<SlackReplyFormatter>();
        services.AddSingleton<MarkdownReplyFormatter>();
        services.AddSingleton<ReplyFormatterSelector>();

        // Daily briefings are posted proactively through the same adapter.
        services.AddSingleton<Conversations.IBriefingPoster, ProactiveBriefingPoster>();

        // Transient and resolved per request, so a scoped IAnswerer (e.g. one holding a database connection) works.
        services.AddTransient<IBot, BriefingActivityHandler>();
        return services;
    }

    /// <summary>POST /api/messages.</summary>
    public static WebApplication MapBriefingBotFramework(this WebApplication app)
    {
        if (string.IsNullOrWhiteSpace(app.Configuration["MicrosoftAppId"]))
        {
            app.Logger.LogWarning("No MicrosoftAppId configured: /api/messages accepts unauthenticated requests (local/Emulator mode). Do not expose it publicly.");
            if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.AllowRemoteServiceUrlWithoutAuth)
            {
                app.Logger.LogWarning("Bot:AllowRemoteServiceUrlWithoutAuth is true: unauthenticated callers can make the bot send requests to any serviceUrl.");
            }
        }

        app.MapPost(MessagesEndpoint.Route, MessagesEndpoint.HandleAsync);
        return app;
    }
}
