namespace BriefingBot.Core.Archive;

/// <summary>
/// The read side of the article store, as the answering engine sees it.
/// Name look-ups are by <see cref="Text.NameKey"/>: diacritics, case and possessives do not matter.
/// </summary>
public interface IArchive
{
    /// <summary>Quotes whose speaker's name contains every token of <paramref name="speakerName"/> (a surname is enough), most important first.</summary>
    Task<IReadOnlyList<StoredQuote>> FindQuotesBySpeakerAsync(string speakerName, int limit, CancellationToken cancellationToken = default);

    /// <summary>People whose name contains every token of <paramref name="name"/>.</summary>
    Task<IReadOnlyList<StoredPerson>> FindPeopleAsync(string name, int limit, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over titles and bodies, best match first.</summary>
    Task<IReadOnlyList<StoredArticle>> SearchArticlesAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over quotes, best match first.</summary>
    Task<IReadOnlyList<StoredQuote>> SearchQuotesAsync(string query, int limit, CancellationToken cancellationToken = default);

    /// <summary>Quotes with a named speaker from the most recent articles, newest article first, then the most important.</summary>
    Task<IReadOnlyList<StoredQuote>> LatestQuotesAsync(int limit, CancellationToken cancellationToken = default);

    Task<StoredArticle?> GetArticleAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The most recently published (else ingested) articles.</summary>
    Task<IReadOnlyList<StoredArticle>> LatestArticlesAsync(int limit, CancellationToken cancellationToken = default);

    Task<int> CountArticlesAsync(CancellationToken cancellationToken = default);

    /// <summary>Quotes whose words contain <paramref name="phrase"/> as a phrase (case and diacritics folded), best match first.</summary>
    Task<IReadOnlyList<StoredQuote>> FindQuotesWithPhraseAsync(string phrase, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Quotes whose speaker, speaker's role or surrounding sentence names any of <paramref name="names"/>
    /// ("Turkey", "Turkish", "Ankara"), newest article first, then the most important.
    /// </summary>
    Task<IReadOnlyList<StoredQuote>> FindQuotesMentioningAsync(IReadOnlyList<string> names, int limit, CancellationToken cancellationToken = default);

    /// <summary>Articles with every word of <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<StoredArticle>> SearchRecentArticlesAsync(string query, int limit, CancellationToken cancellationToken = default);
}
