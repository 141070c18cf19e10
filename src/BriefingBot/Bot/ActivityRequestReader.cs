using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace BriefingBot.Bot;

/// <summary>
/// Checks an /api/messages request before the SDK sees it, so bad input gets a precise 4xx instead of
/// whatever the SDK does with it: too big (413), not JSON (415), empty, malformed, or not an activity (400).
/// </summary>
internal static class ActivityRequestReader
{
    public sealed record Result(byte[]? Body, int StatusCode, string? Problem)
    {
        public bool Accepted => Body is not null;
    }

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
        }

        if (!IsJson(request.ContentType))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, "Send the activity as application/json.");
        }

        var body = await ReadBoundedAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
        }

        if (body.Length == 0)
        {
            return Reject(StatusCodes.Status400BadRequest, "The request has no body.");
        }

        // System.Text.Json checks the structure but leaves the bytes inside strings for later, when reading a
        // value would throw; and the SDK's reader would turn them into U+FFFD. Neither is a message anyone sent.
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return Reject(StatusCodes.Status400BadRequest, "The body is not valid UTF-8.");
        }

        var problem = ActivityProblem(body);
        return problem is null ? new Result(body, StatusCodes.Status200OK, null) : Reject(StatusCodes.Status400BadRequest, problem);
    }

    private static Result Reject(int statusCode, string problem) => new(null, statusCode, problem);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && media.MediaType.HasValue
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most maxBytes; null when the body is longer (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// An activity is a JSON object with a "type" and, to be answerable, an absolute http(s) "serviceUrl"
    /// (without it the SDK fails while building the reply client, which would surface as a 500).
    /// </summary>
    private static string? ActivityProblem(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "The body must be a JSON object (an activity).";
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(type.GetString()))
            {
                return "The activity has no type.";
            }

            if (!root.TryGetProperty("serviceUrl", out var serviceUrl) || serviceUrl.ValueKind != JsonValueKind.String
                || !Uri.TryCreate(serviceUrl.GetString(), UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return "The activity has no usable serviceUrl.";
            }

            return null;
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
    }
}
