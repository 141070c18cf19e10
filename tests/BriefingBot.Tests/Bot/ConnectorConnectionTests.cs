using System.Net;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Bot;

/// <summary>
/// Replies go to the channel over pooled connections. Left to itself the SDK gives each turn's ConnectorClient
/// its own HttpClient and handler, so every reply opened (and abandoned) a TCP connection to the channel.
/// </summary>
public sealed class ConnectorConnectionTests
{
    [Fact]
    public async Task Replies_on_successive_turns_reuse_one_connection_to_the_channel()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var host = await BotHost.StartAsync(new FakeAnswerer());

        for (var i = 0; i < 5; i++)
        {
            using var response = await TestActivities.PostAsync(host.Client, TestActivities.Message($"question {i}", connector.ServiceUrl, conversationId: $"c{i}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Each POST returns after its turn, so every reply has been made by now.
        var replies = connector.All.Where(c => c.Type == "message").ToList();
        Assert.Equal(5, replies.Count);
        Assert.Single(replies.Select(c => c.ConnectionId).Distinct());
    }
}
