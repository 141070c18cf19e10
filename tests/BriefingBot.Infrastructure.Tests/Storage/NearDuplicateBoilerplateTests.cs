using BriefingBot.Core.Archive;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Tests.Storage;

/// <summary>
/// A band's bucket offers only its earliest <see cref="NearDuplicates.CandidatesPerBand"/> articles as candidates
/// (issue 6): buckets shared by many articles are boilerplate. Real near copies must still be found.
/// </summary>
public sealed class NearDuplicateBoilerplateTests : IDisposable
{
    private const string Story = """
        The energy ministers of the three Caspian states agreed on Monday to build a shared power line across the northern steppe, a project that has been discussed for more than a decade.

        "This line will let our grids help each other through the coldest weeks of winter," said Daria Volkova, the energy minister who chaired the meeting in the port city of Aktau.

        Engineers expect the first section of the line to carry electricity by the end of next year. The cost will be shared according to how much power each country draws from the line, the ministers said in a joint statement.

        Environmental groups asked for the route to avoid the wetlands near the river delta, where migrating birds rest in spring and autumn.
        """;

    private readonly TempFolder _folder = new();
    private readonly SqliteArticleStore _store;

    public NearDuplicateBoilerplateTests() => _store = _folder.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_near_copy_is_linked_even_when_its_template_sentences_fill_buckets_shared_by_many_articles()
    {
        // Synthetic articles are built from shared sentence templates, so some of their bands collide by the dozen.
        var synthetic = new SyntheticArticles();
        await _store.SaveAllAsync(Enumerable.Range(0, 2000).Select(i => Saved(synthetic.Create(i))).ToList());

        // The original is the first later article with a band whose bucket already holds more articles than it offers.
        SyntheticArticles.Article? article = null;
        ArticleDocument? document = null;
        SaveResult? original = null;
        for (var index = 2000; article is null; index++)
        {
            Assert.True(index < 2500, "No article shares a full bucket; the archive does not test the cap.");
            var candidate = synthetic.Create(index);
            var (candidateDocument, analysis) = Saved(candidate);
            var saved = await _store.SaveAsync(candidateDocument, analysis);
            if (await LargestEarlierBucketAsync(saved.ArticleId) > NearDuplicates.CandidatesPerBand)
            {
                (article, document, original) = (candidate, candidateDocument, saved);
            }
        }

        var edited = document!.Body.Replace(" in a week of debate", " in a week of heated debate", StringComparison.Ordinal) + "\nReporting by Sam Ortiz; editing by Lena Park.\n";
        Assert.NotEqual(document.Body, edited);
        var copy = await _store.SaveAsync(Document(article.Title, edited, "https://wire.example/copy"), AnalysisBuilder.Plain(edited));

        Assert.False(copy.AlreadyStored);
        Assert.Equal(original!.ArticleId, await OriginalOfAsync(copy.ArticleId));
    }

    [Fact]
    public async Task Every_copy_of_a_story_copied_more_often_than_a_band_offers_candidates_is_linked_to_the_first()
    {
        var original = await _store.SaveAsync(Document("Power line agreed", Story, "https://a.example/line"), AnalysisBuilder.Plain(Story));
        var copies = new List<long>();
        for (var i = 0; i < (2 * NearDuplicates.CandidatesPerBand) + 5; i++)
        {
            var body = Story + $"\nReporting by correspondent number {i} for the regional desk.\n";
            copies.Add((await _store.SaveAsync(Document("Power line agreed", body, $"https://wire{i}.example/line"), AnalysisBuilder.Plain(body))).ArticleId);
        }

        Assert.True(await LargestEarlierBucketAsync(copies[^1]) > NearDuplicates.CandidatesPerBand);
        foreach (var copy in copies)
        {
            Assert.Equal(original.ArticleId, await OriginalOfAsync(copy));
        }
    }

    // Read from its file text as "BriefingBot ingest" reads it, so the stored body is the archive harness's.
    private static (ArticleDocument Document, ArticleAnalysis Analysis) Saved(SyntheticArticles.Article article)
    {
        var document = new ArticleExtractor().Extract(System.Text.Encoding.UTF8.GetBytes(article.ToFileText()), $"article-{article.Index:D6}.txt");
        return (document, AnalysisBuilder.Plain(document.Body));
    }

    private static ArticleDocument Document(string title, string body, string url) => Articles.Other(title, body, url);

    /// <summary>The most articles stored before <paramref name="articleId"/> in any bucket of its bands (kept in the near-duplicate index's file).</summary>
    private async Task<long> LargestEarlierBucketAsync(long articleId) => (long)(await DatabaseFile.ScalarAsync(IndexPath, """
        SELECT max((SELECT count(*) FROM bands o WHERE o.band = b.band AND o.value = b.value AND o.article_id < b.article_id))
        FROM bands b WHERE b.article_id = $id
        """, articleId) ?? 0L);

    private string IndexPath => Path.Combine(Path.GetDirectoryName(_store.DatabasePath)!, NearDuplicateIndex.FileName);

    private async Task<long?> OriginalOfAsync(long articleId) =>
        await DatabaseFile.ScalarAsync(_store.DatabasePath, "SELECT duplicate_of FROM article_links WHERE article_id = $id", articleId) as long?;
}
