using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Tests.Ingestion;

public sealed class ArticleIngestorTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _inbox = new();
    private readonly SqliteArticleStore _store;
    private readonly FakeAnalyzer _analyzer = new();

    public ArticleIngestorTests() => _store = _data.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
        _inbox.Dispose();
    }

    [Fact]
    public async Task A_folder_is_ingested_recursively_and_bad_files_do_not_stop_the_batch()
    {
        File.Copy(SharedData.SeedArticle, Path.Combine(_inbox.Path, Path.GetFileName(SharedData.SeedArticle)));
        _inbox.Write("b-binary.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 1, 2]);
        _inbox.Write("nested/deeper/c-note.md", "# Grain Deal Signed\n\nThe two countries signed a grain deal, officials said on Friday.");
        _inbox.Write("d-ignored.jpg", [0xFF, 0xD8, 0xFF]);
        _inbox.Write("e-too-big.html", "<html><body><p>" + new string('x', 20_000) + "</p></body></html>");
        // The seed page is about 4 KB; the "big" page is 20 KB.
        var ingestor = Ingestor(maxFileBytes: 10_000);

        var results = await ingestor.IngestPathsAsync([_inbox.Path]);

        Assert.Equal(4, results.Count);
        var binary = Assert.Single(results, r => r.Source.EndsWith("b-binary.txt", StringComparison.Ordinal));
        Assert.Contains("PNG", binary.Error);
        var tooBig = Assert.Single(results, r => r.Source.EndsWith("e-too-big.html", StringComparison.Ordinal));
        Assert.Contains("limit", tooBig.Error);
        var note = Assert.Single(results, r => r.Source.EndsWith("c-note.md", StringComparison.Ordinal));
        Assert.True(note.Succeeded);
        Assert.Equal("Grain Deal Signed", note.Title);
        Assert.Equal(2, await _store.CountArticlesAsync());
    }

    [Fact]
    public async Task The_seed_article_is_stored_with_its_quotes_and_a_second_run_stores_nothing_new()
    {
        var ingestor = Ingestor();

        var first = Assert.Single(await ingestor.IngestPathsAsync([SharedData.SeedArticle]));
        var second = Assert.Single(await ingestor.IngestPathsAsync([SharedData.SeedArticle]));

        Assert.Null(first.Error);
        Assert.False(first.AlreadyStored);
        Assert.True(first.QuoteCount >= 4);
        Assert.Equal("New Defense Triangle Emerges Between Azerbaijan, Turkey, Pakistan", first.Title);
        Assert.True(second.AlreadyStored);
        Assert.Equal(first.ArticleId, second.ArticleId);
        var stored = await _store.GetArticleAsync(first.ArticleId!.Value);
        Assert.Equal("Caspian News", stored!.SourceName);
    }

    [Fact]
    public async Task A_bulk_ingest_over_many_transactions_stores_each_article_once_and_reports_in_file_order_as_it_goes()
    {
        // More articles than the first transactions hold (they grow from 64 to 512), and a last, partial batch.
        const int Articles = 700;
        var files = new SyntheticArticles(seed: 5).WriteFolder(_inbox.Path, Articles);
        var results = new List<IngestResult>();
        var storedAtFirstResult = -1;

        await Ingestor().IngestPathsAsync([_inbox.Path], async result =>
        {
            if (results.Count == 0)
            {
                storedAtFirstResult = await _store.CountArticlesAsync();
            }

            results.Add(result);
        });

        Assert.Equal(files.Order(StringComparer.Ordinal), results.Select(r => r.Source));
        Assert.All(results, r => Assert.True(r.Succeeded && !r.AlreadyStored, r.Error));
        Assert.Equal(results.Select(r => r.ArticleId!.Value).Order(), results.Select(r => r.ArticleId!.Value));
        Assert.Equal(Articles, results.Select(r => r.ArticleId).Distinct().Count());
        Assert.Equal(Articles, await _store.CountArticlesAsync());
        // The first results are reported once their own transaction commits, not at the end.
        Assert.InRange(storedAtFirstResult, 1, Articles - 1);
    }

    [Fact]
    public async Task Raw_text_is_ingested()
    {
        var result = await Ingestor().IngestTextAsync("Title: Demo\n\nThe demo article says \"hello there\" to everyone reading it.");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ArticleIngestor.TextSource, result.Source);
        Assert.Equal(1, result.QuoteCount);
    }

    [Fact]
    public async Task Missing_paths_and_a_failing_analyzer_are_reported_per_item()
    {
        var missing = Path.Combine(_inbox.Path, "nope");
        var ingestor = new ArticleIngestor(new ArticleExtractor(), new ThrowingAnalyzer(), _store, Options.Create(new IngestionOptions()));
        var file = _inbox.Write("a.txt", "Some Headline Here\n\nA perfectly ordinary sentence about the weather today.");

        var results = await ingestor.IngestPathsAsync([file, missing, file]);

        Assert.Equal("Analysis failed: the analyzer broke", results[0].Error);
        Assert.Equal("No such file or folder.", results[1].Error);
        Assert.Equal("Analysis failed: the analyzer broke", results[2].Error);
        Assert.Equal(0, await _store.CountArticlesAsync());
    }

    [Fact]
    public async Task Cancellation_stops_the_batch()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Ingestor().IngestPathsAsync([SharedData.SeedArticle], cancellation.Token));
    }

    private ArticleIngestor Ingestor(long maxFileBytes = 5 * 1024 * 1024) =>
        new(new ArticleExtractor(), _analyzer, _store, Options.Create(new IngestionOptions { MaxFileBytes = maxFileBytes }));

    private sealed class ThrowingAnalyzer : IArticleAnalyzer
    {
        public int Version => 1;

        public ArticleAnalysis Analyze(string text, string? title = null) => throw new InvalidOperationException("the analyzer broke");
    }
}
