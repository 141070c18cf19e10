using System.Text.Json;
using System.Text.Json.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BriefingBot.Channels;

/// <summary>
/// Card and block models are typed records serialized with System.Text.Json, but the Bot Framework SDK
/// serializes activities with Newtonsoft. Handing it a JObject parsed from our JSON makes it write our
/// exact property names verbatim (it would otherwise apply its own naming to the records).
/// </summary>
internal static class ChannelJson
{
    public static readonly JsonSerializerOptions CamelCase = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static readonly JsonSerializerOptions SnakeCase = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value, JsonSerializerOptions options) =>
        System.Text.Json.JsonSerializer.Serialize(value, options);

    public static JObject ToJObject(string json)
    {
        // DateParseHandling.None: article text that looks like a date must stay the exact string.
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
        };
        return JObject.Load(reader);
    }
}
