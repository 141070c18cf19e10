namespace BriefingBot.Bot;

/// <summary>
/// The SDK asks its IHttpClientFactory for the unnamed client; this hands out the named one configured for
/// talking to channels, so the rest of the service's clients (feeds, fetching) keep their own settings.
/// </summary>
internal sealed class ConnectorHttpClientFactory(IHttpClientFactory inner) : IHttpClientFactory
{
    public const string Name = "BotConnector";

    public HttpClient CreateClient(string name) => inner.CreateClient(Name);
}
