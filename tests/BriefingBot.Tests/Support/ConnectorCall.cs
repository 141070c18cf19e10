using System.Text.Json;

namespace BriefingBot.Tests.Support;

/// <summary>One request the bot made to the fake Bot Connector.</summary>
/// <param name="Activity">The posted activity (the JSON root), or an empty object for bodiless calls.</param>
/// <param name="ConnectionId">Kestrel's id of the TCP connection the call came on: the same for calls on one pooled connection.</param>
public sealed record ConnectorCall(string Method, string Path, string? ConversationId, string? ReplyToId, bool HadAuthorization, JsonElement Activity, string? ConnectionId = null)
{
    public string? Type => Activity.TryGetProperty("type", out var t) ? t.GetString() : null;

    public string? Text => Activity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
}
