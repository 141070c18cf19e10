using System.Globalization;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Times as the tables keep them (sources, subscriptions, conversation state, regions): UTC, fixed width, so text
/// order is time order in SQL comparisons. Rows written before this one format ("O" with "+00:00") compare the
/// same way: both are UTC and agree up to the offset, which only an exactly equal instant reaches.
/// </summary>
internal static class UtcText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string From(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object FromNullable(DateTimeOffset? value) => value is { } v ? From(v) : DBNull.Value;

    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? ParseNullable(string? text) => text is null ? null : Parse(text);
}
