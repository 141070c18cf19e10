using System.Net;
using System.Text.Json.Nodes;
using BriefingBot.Channels.Slack;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Protocol;

/// <summary>The real service on loopback, no MicrosoftAppId (Emulator mode), replying to a fake Bot Connector.</summary>
public sealed class LocalModeProtocolTests : LocalModeHostTest
{
    [Fact]
    public async Task Message_is_answered_by_posting_the_reply_to_theConnector()
    {
        var message = TestActivities.Message("what did Cavusoglu say?", Connector.ServiceUrl);

        using var response = await TestActivities.PostAsync(Host.Client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.NextMessageAsync();
        var activityId = message["id"]!.GetValue<string>();
        Assert.Equal($"/v3/conversations/conversation-1/activities/{activityId}", reply.Path);
        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), reply.Text);
        Assert.Equal(activityId, reply.Activity.GetProperty("replyToId").GetString());
        Assert.False(reply.HadAuthorization);
        Assert.Equal(["what did Cavusoglu say?"], Answerer.Questions);
    }

    [Fact]
    public async Task Teams_message_with_a_mention_reaches_theConnector_as_an_adaptive_card()
    {
        var message = TestActivities.Message("<at>BriefingBot</at> what did Cavusoglu say?", Connector.ServiceUrl, channelId: "msteams");
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>BriefingBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = TestActivities.BotId, ["name"] = TestActivities.BotName },
        });

        using var response = await TestActivities.PostAsync(Host.Client, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.NextMessageAsync();
        var attachment = reply.Activity.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        Assert.Equal("AdaptiveCard", attachment.GetProperty("content").GetProperty("type").GetString());
        Assert.False(reply.Activity.TryGetProperty("text", out _), "Teams shows text above the card: the answer would appear twice.");
        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), reply.Activity.GetProperty("summary").GetString());
        Assert.Equal(["what did Cavusoglu say?"], Answerer.Questions);
    }

    [Fact]
    public async Task Slack_message_reaches_theConnector_with_blocks_and_text()
    {
        using var response = await TestActivities.PostAsync(Host.Client, TestActivities.Message("what did Cavusoglu say?", Connector.ServiceUrl, channelId: "slack"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await Connector.NextMessageAsync();
        Assert.Equal("header", reply.Activity.GetProperty("channelData").GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.Equal(SlackMrkdwn.Defuse(PlainTextRenderer.Render(SampleReplies.Cavusoglu)), reply.Text);
    }

    [Fact]
    public async Task Consecutive_questions_each_get_their_own_reply()
    {
        var first = await Host.AskAsync(Connector, "first?");
        var second = await Host.AskAsync(Connector, "second?", channelId: "webchat");

        Assert.NotEqual(first.ReplyToId, second.ReplyToId);
        Assert.Equal(["first?", "second?"], Answerer.Questions);
    }

    [Fact]
    public async Task Bot_added_to_a_conversation_sends_a_welcome()
    {
        using var response = await TestActivities.PostAsync(Host.Client, TestActivities.BotAdded(Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = await Connector.NextMessageAsync();
        Assert.Contains("Hi, I'm BriefingBot", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answerer_failure_sends_a_short_apology_and_logs_the_error()
    {
        Answerer.Failure = new InvalidOperationException("archive exploded");

        using var response = await TestActivities.PostAsync(Host.Client, TestActivities.Message("what did Cavusoglu say?", Connector.ServiceUrl));

        var apology = await Connector.NextMessageAsync();
        Assert.StartsWith("Sorry, something went wrong", apology.Text, StringComparison.Ordinal);
        Assert.Contains(Host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("archive exploded", StringComparison.Ordinal));
        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"text\": \"no type\", \"serviceUrl\": \"http://127.0.0.1/\"}")]
    [InlineData("{\"type\": \"message\", \"text\": \"no serviceUrl\"}")]
    [InlineData("{\"type\": \"message\", \"serviceUrl\": \"file:///etc/passwd\"}")]
    [InlineData("{\"type\": 5, \"serviceUrl\": \"http://127.0.0.1/\"}")]
    public async Task Malformed_or_non_activity_json_is_400_and_the_service_keeps_serving(string body)
    {
        using var bad = await TestActivities.PostRawAsync(Host.Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Malformed_bearer_token_is_401_even_in_local_mode()
    {
        using var response = await TestActivities.PostAsync(Host.Client, TestActivities.Message("hi", Connector.ServiceUrl), "Bearer abc");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Empty_body_is_400()
    {
        using var response = await TestActivities.PostRawAsync(Host.Client, string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    public async Task Non_json_content_type_is_415(string contentType)
    {
        var body = TestActivities.Message("hi", Connector.ServiceUrl).ToJsonString();

        using var response = await TestActivities.PostRawAsync(Host.Client, body, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(Answerer.Questions);
    }

    [Fact]
    public async Task Body_over_the_default_1_MB_limit_is_413_and_the_service_keeps_serving()
    {
        var message = TestActivities.Message(new string('x', 1024 * 1024 + 1), Connector.ServiceUrl);

        using var response = await TestActivities.PostAsync(Host.Client, message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        var message = TestActivities.Message(new string('x', 1024 * 1024 + 1), Connector.ServiceUrl).ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(message))),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_on_the_messages_endpoint_is_not_allowed()
    {
        using var response = await Host.Client.GetAsync("api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task AssertStillServingAsync()
    {
        using var health = await Host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        using var good = await TestActivities.PostAsync(Host.Client, TestActivities.Message("still there?", Connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), (await Connector.NextMessageAsync()).Text);
    }
}
