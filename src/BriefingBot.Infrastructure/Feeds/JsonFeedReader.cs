using System.Text.Json;

namespace BriefingBot.Infrastructure.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1 (jsonfeed.org). The structure must be right (an object with a version and an items
/// array); a field of the wrong type is treated as absent, since one sloppy field must not cost the feed.
/// </summary>
internal static class JsonFeedReader
{
    public const string VersionPrefix = "https://jsonfeed.org/version/";

    // Real feeds nest three or four levels; the bound stops a stack-deep document before it costs anything.
    private const int MaxDepth = 32;

    public static (string? Title, string? SiteLink, string? Language, List<RawFeedItem> Items) Read(string content, Uri feedUrl)
    {
        using var document = Parse(content, feedUrl);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FeedFormatException($"Feed {feedUrl} is JSON but not a JSON Feed: the top level is {Describe(root.ValueKind)}, not an object.");
        }

        var version = String(root, "version");
        if (version is null || !(version.StartsWith(VersionPrefix, StringComparison.OrdinalIgnoreCase)
            || version.StartsWith("http://jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FeedFormatException($"Feed {feedUrl} is JSON but not a JSON Feed: \"version\" must be a string starting with {VersionPrefix}.");
        }

        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            var found = root.TryGetProperty("items", out var wrong) ? Describe(wrong.ValueKind) : "missing";
            throw new FeedFormatException($"Feed {feedUrl} is not a valid JSON Feed: \"items\" must be an array, but it is {found}.");
        }

        var feedAuthors = Authors(root);
        var list = new List<RawFeedItem>(items.GetArrayLength());
        foreach (var item in items.EnumerateArray())
        {
            // An entry that is not an object has nothing to read; the others still do.
            if (item.ValueKind == JsonValueKind.Object)
            {
                list.Add(ReadItem(item, feedUrl, feedAuthors));
            }
        }

        return (FeedText.Plain(String(root, "title"), FeedMarkup.Text), FeedLink.Resolve(String(root, "home_page_url"), feedUrl), String(root, "language"), list);
    }

    private static JsonDocument Parse(string content, Uri feedUrl)
    {
        try
        {
            return JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            // JsonException counts lines and bytes from zero.
            var line = error.LineNumber + 1;
            var position = error.BytePositionInLine + 1;
            var where = error.LineNumber is null ? string.Empty : $" at line {line}, position {position}";
            throw new FeedFormatException($"Feed {feedUrl} is not valid JSON{where}: {error.Message}", error, line, position);
        }
    }

    private static RawFeedItem ReadItem(JsonElement item, Uri feedUrl, List<string> feedAuthors)
    {
        var authors = Authors(item);
        var html = String(item, "content_html");
        return new RawFeedItem(
            Id: String(item, "id", numberAsText: true),
            Link: String(item, "url") ?? String(item, "external_url"),
            BaseUri: feedUrl,
            Title: RawFeedText.Text(String(item, "title")),
            Authors: authors.Count > 0 ? authors : feedAuthors,
            Published: String(item, "date_published"),
            Updated: String(item, "date_modified"),
            Summary: RawFeedText.Text(String(item, "summary")),
            Content: html is not null ? RawFeedText.Html(html) : RawFeedText.Text(String(item, "content_text")),
            Language: String(item, "language"));
    }

    // 1.1 "authors" (an array), else 1.0 "author" (one object).
    private static List<string> Authors(JsonElement parent)
    {
        var names = new List<string>();
        if (parent.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            names.AddRange(authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => String(a, "name")).OfType<string>());
        }

        if (names.Count == 0 && parent.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object && String(author, "name") is { } name)
        {
            names.Add(name);
        }

        return names;
    }

    /// <summary>A string field; other types are absent, except numeric ids, which JSON Feed 1.1 says to read as strings.</summary>
    private static string? String(JsonElement parent, string name, bool numberAsText = false)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when numberAsText => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
