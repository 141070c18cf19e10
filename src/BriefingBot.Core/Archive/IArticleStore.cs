using BriefingBot.Core.Articles;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Archive;

/// <summary>
/// The archive with its write side. Saving is atomic: an article is stored whole, with its
/// sentences, people and quotes, or not at all. The same article (same canonical URL, or the
/// same normalized text) is stored once.
/// </summary>
public interface IArticleStore : IArchive
{
    Task<SaveResult> SaveAsync(ArticleDocument document, ArticleAnalysis analysis, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores articles in order as <see cref="SaveAsync"/> does each. A store may write them in one transaction
    /// (then a failure stores none of them); this default saves them one by one.
    /// </summary>
    async Task<IReadOnlyList<SaveResult>> SaveAllAsync(
        IReadOnlyList<(ArticleDocument Document, ArticleAnalysis Analysis)> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var results = new List<SaveResult>(articles.Count);
        foreach (var (document, analysis) in articles)
        {
            results.Add(await SaveAsync(document, analysis, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }
}
