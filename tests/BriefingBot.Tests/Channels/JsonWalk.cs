using System.Text.Json;

namespace BriefingBot.Tests.Channels;

/// <summary>Finds objects in produced card/block JSON by their "type", the way a renderer would.</summary>
internal static class JsonWalk
{
    public static JsonElement Parse(object? content) => JsonDocument.Parse(content!.ToString()!).RootElement.Clone();

    public static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    public static IEnumerable<JsonElement> OfType(JsonElement root, string type) =>
        Descendants(root).Where(e => e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type);

    public static string Text(JsonElement element) => element.GetProperty("text").GetString()!;

    /// <summary>The text of a RichTextBlock: its runs joined.</summary>
    public static string Runs(JsonElement richTextBlock) =>
        string.Concat(richTextBlock.GetProperty("inlines").EnumerateArray().Select(Text));
}
