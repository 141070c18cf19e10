using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Robustness;

/// <summary>
/// Garbage at POST /api/messages of the real service (real answerer, demo archive) on loopback: every
/// request gets a 4xx or a harmless reply, never a 5xx; the service keeps answering; no reply goes
/// anywhere but /v3/conversations/...; and the stored archive is byte for byte what it was.
/// </summary>
public sealed class MessagesFuzzTests : IAsyncLifetime
{
    private const int GeneratedCases = 300;
    private FakeBotConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeBotConnector.StartAsync();
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Sources:PollingEnabled"] = "false" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string> HandWrittenCases() => new(HandWritten().Keys);

    [Theory]
    [MemberData(nameof(HandWrittenCases))]
    public async Task A_hostile_request_gets_a_4xx_or_a_harmless_reply_and_leaves_the_archive_unchanged(string name)
    {
        var before = ArchiveFingerprint.Of(_host.DataDirectory);
        var (body, contentType) = HandWritten()[name](_connector.ServiceUrl);

        var status = await PostAsync(body, contentType);

        Assert.True(status < 500, $"{name}: {status}");
        await AssertStillAnsweringAsync();
        AssertRepliesStayedInConversations();
        Assert.Equal(before, ArchiveFingerprint.Of(_host.DataDirectory));
        AssertNoErrorLogged();
    }

    [Fact]
    public async Task Hundreds_of_seeded_mutations_of_a_valid_activity_never_get_a_5xx()
    {
        var before = ArchiveFingerprint.Of(_host.DataDirectory);
        var mutator = new ActivityMutator(seed: 8, _connector.ServiceUrl);
        var failures = new List<string>();
        for (var i = 0; i < GeneratedCases; i++)
        {
            var (description, body) = mutator.Next(i);
            var status = await PostAsync(body, "application/json");
            if (status >= 500)
            {
                failures.Add($"case {i} ({description}): {status}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + string.Join("\n", _host.Logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal))));
        await AssertStillAnsweringAsync();
        AssertRepliesStayedInConversations();
        Assert.Equal(before, ArchiveFingerprint.Of(_host.DataDirectory));
        AssertNoErrorLogged();
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task A_dot_segment_conversation_id_is_refused_before_any_reply_is_addressed(string conversationId)
    {
        var activity = TestActivities.Message("help", _connector.ServiceUrl, conversationId: conversationId);

        using var response = await TestActivities.PostAsync(_host.Client, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.All);
    }

    private static Dictionary<string, Func<string, (byte[] Body, string ContentType)>> HandWritten()
    {
        static (byte[], string) Json(string text) => (Encoding.UTF8.GetBytes(text), "application/json");
        static (byte[], string) Activity(string serviceUrl, Action<JsonObject> change)
        {
            var activity = TestActivities.Message("what did Cavusoglu say?", serviceUrl, conversationId: "c-" + Guid.NewGuid().ToString("N"));
            change(activity);
            return Json(activity.ToJsonString());
        }

        return new()
        {
            ["malformed JSON"] = _ => Json("{\"type\": \"message\", \"text\": "),
            ["a JSON array"] = _ => Json("[1,2,3]"),
            ["a JSON string"] = _ => Json("\"message\""),
            ["empty object"] = _ => Json("{}"),
            ["text is a number"] = url => Activity(url, a => a["text"] = 42),
            ["conversation is a string"] = url => Activity(url, a => a["conversation"] = "c-1"),
            ["from is an array"] = url => Activity(url, a => a["from"] = new JsonArray(1, 2)),
            ["no conversation"] = url => Activity(url, a => a.Remove("conversation")),
            ["no from or recipient"] = url => Activity(url, a => { a.Remove("from"); a.Remove("recipient"); }),
            ["no channelId"] = url => Activity(url, a => a.Remove("channelId")),
            ["timestamp is garbage"] = url => Activity(url, a => a["timestamp"] = "yesterday-ish"),
            ["10 MB body"] = url => Activity(url, a => a["text"] = new string('a', 10 * 1024 * 1024)),
            ["deeply nested JSON"] = url => Json("{\"type\":\"message\",\"serviceUrl\":\"" + url + "\",\"channelData\":" + new string('[', 100_000) + new string(']', 100_000) + "}"),
            ["deeply nested objects"] = url => Json("{\"type\":\"message\",\"serviceUrl\":\"" + url + "\",\"value\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5000)) + "1" + new string('}', 5000) + "}"),
            ["invalid UTF-8"] = url => (
                [.. Encoding.UTF8.GetBytes("{\"type\":\"message\",\"serviceUrl\":\"" + url + "\",\"conversation\":{\"id\":\"c\"},\"text\":\""), 0xC3, 0x28, 0xFF, .. "\"}"u8.ToArray()],
                "application/json"),
            ["UTF-16 body labelled JSON"] = url => (Encoding.Unicode.GetBytes(TestActivities.Message("hi", url).ToJsonString()), "application/json"),
            ["binary body"] = _ => (Enumerable.Range(0, 4096).Select(i => (byte)(i * 37)).ToArray(), "application/json"),
            ["unknown activity type"] = url => Activity(url, a => a["type"] = "teleport"),
            ["invoke activity"] = url => Activity(url, a => { a["type"] = "invoke"; a["name"] = "adaptiveCard/action"; a["value"] = new JsonObject(); }),
            ["event activity"] = url => Activity(url, a => { a["type"] = "event"; a["name"] = "../../x"; }),
            ["message reaction"] = url => Activity(url, a => a["type"] = "messageReaction"),
            ["huge text under the cap"] = url => Activity(url, a => a["text"] = "what did " + new string('Z', 900_000) + " say?"),
            ["control characters"] = url => Activity(url, a => a["text"] = "what did \u0000\u0001\u001b[31m\u0007Cavusoglu\r\n\t say?\u0085\u2028"),
            ["lone surrogates"] = url => Json(TestActivities.Message("x", url).ToJsonString().Replace("\"text\":\"x\"", "\"text\":\"\\ud800 who is \\udfff\"", StringComparison.Ordinal)),
            ["mention of nobody"] = url => Activity(url, a => a["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>Bot</at>" })),
            ["conversation id ../../"] = url => Activity(url, a => a["conversation"] = new JsonObject { ["id"] = "../../v3/elsewhere" }),
            ["conversation id %2f"] = url => Activity(url, a => a["conversation"] = new JsonObject { ["id"] = "..%2f..%2fadmin%2fsources" }),
            ["conversation id with query and fragment"] = url => Activity(url, a => a["conversation"] = new JsonObject { ["id"] = "a?x=1#frag" }),
            ["conversation id with CRLF"] = url => Activity(url, a => a["conversation"] = new JsonObject { ["id"] = "a\r\nHost: evil" }),
            ["activity id .."] = url => Activity(url, a => a["id"] = ".."),
            ["differently cased duplicate id"] = url => Json(TestActivities.Message("help", url).ToJsonString().Replace("\"conversation\":{\"id\":\"conversation-1\"}", "\"conversation\":{\"id\":\"ok\",\"ID\":\"..\"}", StringComparison.Ordinal)),
            ["serviceUrl with dot segments"] = url => Activity(url, a => a["serviceUrl"] = url + "x/y/../../"),
            ["serviceUrl not http"] = url => Activity(url, a => a["serviceUrl"] = "file:///etc/passwd"),
            ["text/plain content type"] = url => (Encoding.UTF8.GetBytes(TestActivities.Message("hi", url).ToJsonString()), "text/plain"),
        };
    }

    private async Task<int> PostAsync(byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        try
        {
            using var response = await _host.Client.PostAsync("api/messages", content);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException) when (body.Length > new BriefingBot.Bot.BotOptions().MaxRequestBytes)
        {
            // The server may close the connection on a body over the limit it refused early (413 before reading it
            // all); that is not a 5xx. A dropped connection for anything smaller is a failure.
            return 499;
        }
    }

    private async Task AssertStillAnsweringAsync()
    {
        using var health = await _host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var conversation = "check-" + Guid.NewGuid().ToString("N");
        using var response = await TestActivities.PostAsync(_host.Client, TestActivities.Message("help", _connector.ServiceUrl, conversationId: conversation));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        while (true)
        {
            var call = await _connector.NextMessageAsync();
            if (call.ConversationId == conversation)
            {
                Assert.DoesNotContain("something went wrong", call.Text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
                return;
            }
        }
    }

    private void AssertNoErrorLogged()
    {
        var errors = _host.Logs.Lines.Where(line => line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Critical ", StringComparison.Ordinal));
        Assert.True(!errors.Any(), string.Join("\n", errors));
    }

    private void AssertRepliesStayedInConversations()
    {
        foreach (var call in _connector.All)
        {
            Assert.True(call.ConversationId is not null && call.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal), $"a reply went to {call.Path}");
            Assert.DoesNotContain(BriefingBot.Bot.BriefingCloudAdapter.Apology, call.Text ?? string.Empty, StringComparison.Ordinal);
        }
    }
}
