using System.Net;

namespace BriefingBot.Tests.Support;

/// <summary>
/// One question, one reply, over the real protocol:
/// <code>
/// await using var connector = await FakeBotConnector.StartAsync();
/// await using var host = await BotHost.StartAsync();          // real answerer
/// var reply = await host.AskAsync(connector, "what did Cavusoglu say?");
/// Assert.Contains("Cavusoglu", reply.Text);
/// </code>
/// </summary>
public static class BotConversation
{
    /// <summary>Posts a message activity (local mode) and returns the message the bot sent back.</summary>
    public static async Task<ConnectorCall> AskAsync(
        this BotHost host, FakeBotConnector connector, string text, string channelId = "emulator", TimeSpan? timeout = null, string conversationId = "conversation-1")
    {
        using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message(text, connector.ServiceUrl, channelId, conversationId));
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await connector.NextMessageAsync(timeout);
    }
}
