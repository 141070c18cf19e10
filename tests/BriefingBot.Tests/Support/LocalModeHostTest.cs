namespace BriefingBot.Tests.Support;

/// <summary>
/// A test class that gets, per test, the real service in local mode (no MicrosoftAppId) answering with
/// a fake answerer, and a fake Bot Connector on loopback to receive its replies.
/// </summary>
public abstract class LocalModeHostTest : IAsyncLifetime
{
    protected FakeAnswerer Answerer { get; } = new();

    protected FakeBotConnector Connector { get; private set; } = null!;

    protected BotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeBotConnector.StartAsync();
        Host = await BotHost.StartAsync(Answerer);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
