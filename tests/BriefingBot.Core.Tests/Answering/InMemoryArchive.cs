using BriefingBot.Core.Archive;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>An archive over lists, so that answering can be tested without storage.</summary>
internal sealed class InMemoryArchive : IArchive
{
    public List<StoredArticle> Articles { get; } = [];

    public List<StoredQuote> Quotes { get; } = [];

    public List<StoredPerson> People { get; } = [];

    public Task<IReadOnlyList<StoredQuote>> FindQuotesBySpeakerAsync(string speakerName, int limit, CancellationToken cancellationToken = default) =>
        Result(Quotes.Where(q => NameKey.Matches(q.SpeakerName, speakerName)).OrderByDescending(q => q.Importance).Take(limit));

    public Task<IReadOnlyList<StoredPerson>> FindPeopleAsync(string name, int limit, CancellationToken cancellationToken = default) =>
        Result(People.Where(p => NameKey.Matches(p.FullName, name)).Take(limit));

    public Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        Result(Articles.Where(a => ContainsAny(a.Title + " " + a.Body, query)).Take(limit));

    public Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        Result(Quotes.Where(q => ContainsAny(q.Text + " " + q.SpeakerName, query)).Take(limit));

    public Task<IReadOnlyList<StoredQuote>> LatestQuotesAsync(int limit, CancellationToken cancellationToken = default) =>
        Result(Quotes.Where(q => !string.IsNullOrEmpty(q.SpeakerName))
            .OrderByDescending(q => q.Article.PublishedAt ?? q.Article.IngestedAt)
            .ThenByDescending(q => q.Importance)
            .Take(limit));

    public Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Articles.FirstOrDefault(a => a.Id == id));

    public Task<IReadOnlyList<StoredArticle>> LatestArticlesAsync(int limit, CancellationToken cancellationToken = default) =>
        Result(Articles.OrderByDescending(a => a.PublishedAt ?? a.IngestedAt).Take(limit));

    public Task<int> CountArticlesAsync(CancellationToken cancellationToken = default) => Task.FromResult(Articles.Count);

    public Task<IReadOnlyList<StoredQuote>> FindQuotesWithPhraseAsync(string phrase, int limit, CancellationToken cancellationToken = default) =>
        Result(Quotes.Where(q => (" " + NameKey.Normalize(q.Text) + " ").Contains(" " + NameKey.Normalize(phrase) + " ", StringComparison.Ordinal)).Take(limit));

    public Task<IReadOnlyList<StoredQuote>> FindQuotesMentioningAsync(IReadOnlyList<string> names, int limit, CancellationToken cancellationToken = default) =>
        Result(Quotes.Where(q => names.Any(n => $"{q.SpeakerName} {q.SpeakerRole} {q.Context}".Contains(n, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(q => q.Article.PublishedAt ?? q.Article.IngestedAt)
            .ThenByDescending(q => q.Importance)
            .Take(limit));

    public Task<IReadOnlyList<StoredArticle>> SearchRecentArticlesAsync(string query, int limit, CancellationToken cancellationToken = default) =>
        Result(Articles.Where(a => ContainsAll(a.Title + " " + a.Body, query)).OrderByDescending(a => a.PublishedAt ?? a.IngestedAt).Take(limit));

    private static bool ContainsAll(string text, string query)
    {
        var words = NameKey.Tokens(text).ToHashSet();
        return NameKey.Tokens(query).All(words.Contains);
    }

    private static bool ContainsAny(string text, string query)
    {
        var words = NameKey.Tokens(text).ToHashSet();
        return NameKey.Tokens(query).Where(t => t.Length > 3).Any(words.Contains);
    }

    private static Task<IReadOnlyList<T>> Result<T>(IEnumerable<T> items) => Task.FromResult<IReadOnlyList<T>>(items.ToList());
}
