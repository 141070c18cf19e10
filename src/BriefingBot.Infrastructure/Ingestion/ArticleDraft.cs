namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// What a format reader found: metadata the format states outright (meta tags, front matter) and the
/// page's paragraphs in order, chrome included. <see cref="ArticleLayout"/> makes an article of it.
/// </summary>
internal sealed record ArticleDraft(
    IReadOnlyList<string> Paragraphs,
    string? Title = null,
    string? Author = null,
    DateTimeOffset? PublishedAt = null,
    string? SourceName = null,
    string? Url = null)
{
    public static ArticleDraft FromFrontMatter(IReadOnlyDictionary<string, string> fields, IReadOnlyList<string> paragraphs) => new(
        paragraphs,
        fields.GetValueOrDefault("title"),
        fields.GetValueOrDefault("author"),
        DateText.Parse(fields.GetValueOrDefault("date")),
        fields.GetValueOrDefault("source"),
        fields.GetValueOrDefault("url"));
}
