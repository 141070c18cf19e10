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
}
