using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Tests.Support;

/// <summary>Incoming activities as the Bot Connector would POST them, built as JSON objects (never by string pasting).</summary>
public static class TestActivities
{
    public const string BotId = "bot-id";
    public const string BotName = "BriefingBot";

    public static JsonObject Message(string text, string serviceUrl, string channelId = "emulator", string conversationId = "conversation-1") => new()
    {
        ["type"] = "message",
        ["id"] = "activity-" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    public static JsonObject BotAdded(string serviceUrl, string channelId = "emulator", string conversationId = "conversation-1") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "activity-" + Guid.NewGuid().ToString("N")[..8],
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "User" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "user-1", ["name"] = "User" },
            new JsonObject { ["id"] = BotId, ["name"] = BotName }),
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode activity, string? authorization = null) =>
        PostRawAsync(client, activity.ToJsonString(), "application/json", authorization);

    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string contentType = "application/json", string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return client.SendAsync(request);
    }
}
