using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>The pieces every answer is built from: quotes, citations and the phrasing of names and follow-ups.</summary>
internal static class ReplyParts
{
    public static ReplyQuote ToReplyQuote(StoredQuote quote) => new(
        quote.Text,
        quote.SpeakerName ?? "Unnamed speaker",
        quote.SpeakerRole,
        quote.Kind == Understanding.QuoteKind.Direct,
        ToCitation(quote.Article));

    public static Citation ToCitation(StoredArticle article) =>
        new(article.Title, article.SourceName, article.PublishedAt, article.Url);

    public static string Describe(string name, string? role) =>
        string.IsNullOrWhiteSpace(role) ? name : $"{name}, {role}";

    /// <summary>"3 more quotes from X in the archive; say “more”.": how many a follow-up would show.</summary>
    public static string MoreHint(int more, string singular, string plural, string rest = "") =>
        $"{more} more {(more == 1 ? singular : plural)}{rest}; say \u201cmore\u201d.";

    public static string Ask(string name, string? topic) =>
        topic is null ? $"what did {name} say?" : $"what did {name} say about {topic}?";
}
