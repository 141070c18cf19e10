using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Archive;
using BriefingBot.Core.Understanding;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>Rows to archive records, and the value formats both directions agree on.</summary>
internal static class RowReader
{
    // Millisecond precision with an offset is a format SQLite's julianday() understands, so dates sort in SQL.
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static StoredArticle Article(SqliteDataReader reader, int offset = 0) => new(
        Id: reader.GetInt64(offset),
        Title: reader.GetString(offset + 1),
        Body: reader.GetString(offset + 2),
        Author: NullableString(reader, offset + 3),
        PublishedAt: ParseDate(NullableString(reader, offset + 4)),
        SourceName: NullableString(reader, offset + 5),
        Url: NullableString(reader, offset + 6),
        Summary: JsonSerializer.Deserialize<string[]>(reader.GetString(offset + 7)) ?? [],
        IngestedAt: ParseDate(reader.GetString(offset + 8)) ?? DateTimeOffset.MinValue);

    /// <param name="articles">Articles already read for this result: a speaker quoted three times in one article
    /// costs one body read, not three.</param>
    public static StoredQuote Quote(SqliteDataReader reader, Dictionary<long, StoredArticle>? articles) => new(
        Id: reader.GetInt64(0),
        Kind: Enum.TryParse<QuoteKind>(reader.GetString(1), out var kind) ? kind : QuoteKind.Direct,
        Text: reader.GetString(2),
        SpeakerName: NullableString(reader, 3),
        SpeakerRole: NullableString(reader, 4),
        Importance: reader.GetDouble(5),
        Context: reader.GetString(6),
        Article: SharedArticle(reader, 7, articles));

    public static StoredQuote Quote(SqliteDataReader reader) => Quote(reader, null);

    private static StoredArticle SharedArticle(SqliteDataReader reader, int offset, Dictionary<long, StoredArticle>? articles)
    {
        if (articles is null)
        {
            return Article(reader, offset);
        }

        var id = reader.GetInt64(offset);
        if (!articles.TryGetValue(id, out var article))
        {
            articles[id] = article = Article(reader, offset);
        }

        return article;
    }

    public static StoredPerson Person(SqliteDataReader reader) => new(
        FullName: reader.GetString(0),
        Title: NullableString(reader, 1),
        Role: NullableString(reader, 2),
        ArticleId: reader.GetInt64(3));

    public static object FormatDate(DateTimeOffset? value) =>
        value is { } date ? date.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    public static string FormatSummary(IReadOnlyList<string> summary) => JsonSerializer.Serialize(summary);

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
