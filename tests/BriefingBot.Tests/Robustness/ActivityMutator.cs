using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Tests.Robustness;

/// <summary>
/// Seeded mutations of a valid message activity: fields removed or given the wrong type, hostile ids and
/// texts, unknown activity types, then sometimes the serialized bytes themselves damaged (truncated,
/// flipped, invalid UTF-8). The same seed gives the same cases, so a failure can be replayed.
/// </summary>
internal sealed class ActivityMutator(int seed, string serviceUrl)
{
    public static readonly string[] HostileIds =
    [
        "..", ".", "../..", "../../v3/other", "..%2f..%2fadmin", "%2e%2e", "a/b/c", "a\\b", "a?b=c", "a#frag", "%00", "a\u0000b",
        "\u202e", "con:1;messageid=2", new string('x', 5000), " ", "", "a%2Fb", "/absolute", "http://evil.example/", "a\r\nX-Header: 1",
    ];

    private static readonly string[] Types =
    [
        "message", "conversationUpdate", "typing", "endOfConversation", "event", "invoke", "installationUpdate", "messageReaction",
        "messageUpdate", "messageDelete", "contactRelationUpdate", "deleteUserData", "suggestion", "trace", "handoff", "command",
        "commandResult", "unknownThing", "MESSAGE", "", " ", "\u0000",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "serviceUrl", "channelId", "from", "conversation", "recipient", "text", "locale", "entities",
        "attachments", "channelData", "value", "membersAdded", "replyToId", "textFormat", "name", "localTimestamp", "callerId",
    ];

    private readonly Random _random = new(seed);

    public (string Description, byte[] Body) Next(int index)
    {
        var activity = TestActivitiesCopy($"fuzz-{index}");
        var steps = new List<string>();
        for (var i = 0; i < 1 + _random.Next(3); i++)
        {
            steps.Add(MutateTree(activity));
        }

        var bytes = Encoding.UTF8.GetBytes(activity.ToJsonString());
        if (_random.Next(5) == 0)
        {
            (var what, bytes) = DamageBytes(bytes);
            steps.Add(what);
        }

        return (string.Join("; ", steps), bytes);
    }

    private JsonObject TestActivitiesCopy(string conversationId) =>
        Support.TestActivities.Message("what did Cavusoglu say?", serviceUrl, Pick(["emulator", "msteams", "slack", "webchat", "directline"]), conversationId);

    private string MutateTree(JsonObject activity)
    {
        switch (_random.Next(9))
        {
            case 0:
                var removed = Pick(Fields);
                activity.Remove(removed);
                return $"remove {removed}";
            case 1:
                var field = Pick(Fields);
                activity[field] = RandomValue();
                return $"{field} = {Short(activity[field])}";
            case 2:
                var part = Pick(["from", "conversation", "recipient"]);
                var sub = Pick(["id", "name", "aadObjectId", "role", "isGroup", "tenantId", "conversationType"]);
                activity[part] = new JsonObject { [sub] = RandomValue() };
                return $"{part}.{sub} = {Short(activity[part]![sub])}";
            case 3:
                activity["type"] = Pick(Types);
                return $"type = {Short(activity["type"])}";
            case 4:
                var id = Pick(HostileIds);
                activity[Pick(["conversation", "from", "recipient"])] = new JsonObject { ["id"] = id };
                return $"hostile id {Short(id)}";
            case 5:
                activity["id"] = Pick(HostileIds);
                return $"activity id {Short(activity["id"])}";
            case 6:
                activity["text"] = HostileText();
                return $"text = {Short(activity["text"])}";
            case 7:
                activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = RandomValue(), ["text"] = RandomValue() });
                return "odd mention entity";
            default:
                activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = RandomValue(), ["content"] = RandomValue() });
                return "odd attachment";
        }
    }

    private JsonNode? RandomValue() => _random.Next(9) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(int.MinValue, int.MaxValue)),
        2 => JsonValue.Create(_random.NextDouble() * 1e300),
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("x"), null),
        5 => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = JsonValue.Create("y") } },
        6 => JsonValue.Create(HostileText()),
        7 => JsonValue.Create(Pick(HostileIds)),
        _ => JsonValue.Create(string.Empty),
    };

    private string HostileText() => _random.Next(7) switch
    {
        0 => new string('a', _random.Next(10_000, 200_000)),
        1 => string.Concat(Enumerable.Range(0, 200).Select(_ => (char)_random.Next(0, 32))),
        2 => "\ud800\udc00\ud83d\ude00 <at>Bot</at> what did <script>alert(1)</script> say?",
        3 => "what did " + new string('X', 3000) + " say?",
        4 => "}{\"][\\",
        5 => string.Concat(Enumerable.Range(0, 500).Select(_ => (char)_random.Next(0x0300, 0x036F))),
        _ => "what's new in " + Pick(HostileIds) + "?",
    };

    private (string, byte[]) DamageBytes(byte[] bytes)
    {
        var copy = bytes.ToArray();
        switch (_random.Next(4))
        {
            case 0:
                return ("truncated", copy[..Math.Max(1, _random.Next(copy.Length))]);
            case 1:
                copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
                return ("byte flipped", copy);
            case 2:
                var at = _random.Next(copy.Length);
                return ("invalid UTF-8 inserted", [.. copy[..at], 0xC3, 0x28, 0xFF, 0xFE, .. copy[at..]]);
            default:
                return ("bytes appended", [.. copy, .. "}]\"garbage"u8.ToArray()]);
        }
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Short(object? value)
    {
        var text = value?.ToString() ?? "null";
        return text.Length > 40 ? text[..40] + $"…({text.Length} chars)" : text;
    }
}
