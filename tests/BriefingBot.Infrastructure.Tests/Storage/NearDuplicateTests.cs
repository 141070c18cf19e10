using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Tests.Storage;

/// <summary>Wire copies and lightly edited versions of a story are stored but linked to the original, and reads show the story once.</summary>
public sealed class NearDuplicateTests : IDisposable
{
    private const string Original = """
        The energy ministers of the three Caspian states agreed on Monday to build a shared power line across the northern steppe, a project that has been discussed for more than a decade.

        "This line will let our grids help each other through the coldest weeks of winter," said Daria Volkova, the energy minister who chaired the meeting in the port city of Aktau.

        Engineers expect the first section of the line to carry electricity by the end of next year. The cost will be shared according to how much power each country draws from the line, the ministers said in a joint statement.

        Environmental groups asked for the route to avoid the wetlands near the river delta, where migrating birds rest in spring and autumn. The ministers promised a public review of the route before construction begins.

        Traders in the region said the agreement could lower electricity prices for factories that now depend on a single supplier during peak demand.
        """;

    // The same story as a wire service ran it: dateline, one sentence reworded, a credit line.
    private const string WireCopy = """
        AKTAU, Kazakhstan (Regional Wire) - The energy ministers of the three Caspian states agreed on Monday to build a shared power line across the northern steppe, a project that has been discussed for more than a decade.

        "This line will let our grids help each other through the coldest weeks of winter," said Daria Volkova, the energy minister who chaired the meeting in the port city of Aktau.

        Engineers expect the first section of the line to be working by late next year. The cost will be shared according to how much power each country draws from the line, the ministers said in a joint statement.

        Environmental groups asked for the route to avoid the wetlands near the river delta, where migrating birds rest in spring and autumn. The ministers promised a public review of the route before construction begins.

        Traders in the region said the agreement could lower electricity prices for factories that now depend on a single supplier during peak demand.

        Reporting by Sam Ortiz; editing by Lena Park.
        """;

    // Another article on the same event, in its own words.
    private const string OwnWords = """
        A long-promised electricity link between Kazakhstan, Russia and Azerbaijan moved a step closer this week when ministers signed a framework deal in Aktau.

        Daria Volkova, who hosted the talks, told reporters that winter shortages had convinced all three governments to stop delaying. Critics noted that earlier versions of the plan collapsed over who would pay for maintenance.

        Construction firms from all three countries are expected to bid for the contracts, and a route survey will begin in the spring. Bird conservation groups want the line kept well away from the delta wetlands.

        Analysts at a Baku consultancy estimated that industrial users could see lower prices within three years if the link works as planned, though they warned that transmission losses over such distances are significant.
        """;

    private readonly TempFolder _folder = new();
    private readonly SqliteArticleStore _store;

    public NearDuplicateTests() => _store = _folder.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void A_stored_signature_compares_exactly_as_the_signature_it_encodes()
    {
        var original = NearDuplicates.Signature(Original)!;
        foreach (var other in new[] { Original, WireCopy, OwnWords })
        {
            var signature = NearDuplicates.Signature(other)!;
            Assert.Equal(NearDuplicates.Similarity(original, signature), NearDuplicates.Similarity(original, NearDuplicates.ToBytes(signature)));
        }
    }

    [Fact]
    public void A_wire_copy_with_small_edits_is_alike_and_an_article_in_its_own_words_is_not()
    {
        var original = NearDuplicates.Signature(Original)!;

        Assert.InRange(NearDuplicates.Similarity(original, NearDuplicates.Signature(WireCopy)!), NearDuplicates.LinkThreshold, 1.0);
        Assert.InRange(NearDuplicates.Similarity(original, NearDuplicates.Signature(OwnWords)!), 0.0, 0.2);
        Assert.Null(NearDuplicates.Signature("Too short to say anything about likeness."));
    }

    [Fact]
    public async Task A_wire_copy_is_stored_linked_and_left_out_of_searches_and_quotes_while_other_coverage_stays()
    {
        var analysis = new AnalysisBuilder(Original).WithQuote("This line will let our grids help each other through the coldest weeks of winter,", "Daria Volkova").Build();
        var copyAnalysis = new AnalysisBuilder(WireCopy).WithQuote("This line will let our grids help each other through the coldest weeks of winter,", "Daria Volkova").Build();

        var first = await _store.SaveAsync(Articles.Other("Caspian states agree on power line", Original, "https://a.example/power-line"), analysis);
        var copy = await _store.SaveAsync(Articles.Other("Caspian states agree on shared power line", WireCopy, "https://wire.example/123"), copyAnalysis);
        var own = await _store.SaveAsync(Articles.Other("Power link moves closer", OwnWords, "https://b.example/link"), new AnalysisBuilder(OwnWords).Build());

        Assert.Equal(3, new[] { first.ArticleId, copy.ArticleId, own.ArticleId }.Distinct().Count());
        Assert.Equal(3, await _store.CountArticlesAsync());
        var found = await _store.SearchArticlesAsync("power line", 10);
        Assert.DoesNotContain(found, a => a.Id == copy.ArticleId);
        Assert.Contains(found, a => a.Id == first.ArticleId);
        Assert.Contains(found, a => a.Id == own.ArticleId);
        Assert.Equal([first.ArticleId], (await _store.FindQuotesBySpeakerAsync("Volkova", 10)).Select(q => q.Article.Id));
        Assert.DoesNotContain(await _store.LatestArticlesAsync(10), a => a.Id == copy.ArticleId);
        Assert.NotNull(await _store.GetArticleAsync(copy.ArticleId));
    }

    [Fact]
    public async Task An_archive_whose_fingerprints_are_only_in_the_main_file_still_finds_near_copies_after_reopening()
    {
        // Before the index had a file of its own, the main file's article_fingerprints and article_bands held it.
        using var folder = new TempFolder();
        long original;
        string mainPath;
        using (var store = folder.OpenStore())
        {
            original = (await store.SaveAsync(Articles.Other("Caspian states agree on power line", Original, "https://a.example/power-line"), new AnalysisBuilder(Original).Build())).ArticleId;
            mainPath = store.DatabasePath;
        }

        var indexPath = Path.Combine(folder.Path, NearDuplicateIndex.FileName);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = mainPath, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var move = connection.CreateCommand();
            move.CommandText = "ATTACH DATABASE $path AS nd;";
            move.Parameters.AddWithValue("$path", indexPath);
            await move.ExecuteNonQueryAsync();
            move.Parameters.Clear();
            move.CommandText = """
                INSERT INTO article_fingerprints (article_id, signature) SELECT article_id, signature FROM nd.fingerprints;
                INSERT INTO article_bands (band, value, article_id) SELECT band, value, article_id FROM nd.bands;
                DETACH DATABASE nd;
                """;
            await move.ExecuteNonQueryAsync();
        }

        foreach (var file in new[] { indexPath, indexPath + "-wal", indexPath + "-shm" })
        {
            File.Delete(file);
        }

        using (var reopened = folder.OpenStore())
        {
            var copy = await reopened.SaveAsync(Articles.Other("Caspian states agree on shared power line", WireCopy, "https://wire.example/123"), new AnalysisBuilder(WireCopy).Build());
            Assert.False(copy.AlreadyStored);
            Assert.Equal(original, await DatabaseFile.ScalarAsync(mainPath, "SELECT duplicate_of FROM article_links WHERE article_id = $id", copy.ArticleId));
        }
    }

    [Fact]
    public async Task An_article_repeated_within_a_batch_is_already_stored_as_the_first_of_the_batch()
    {
        var analysis = new AnalysisBuilder(Original).WithQuote("This line will let our grids help each other through the coldest weeks of winter,", "Daria Volkova").Build();
        var results = await _store.SaveAllAsync(
        [
            (Articles.Other("Caspian states agree on power line", Original, "https://a.example/power-line"), analysis),
            (Articles.Other("Power link moves closer", OwnWords, "https://b.example/link"), new AnalysisBuilder(OwnWords).Build()),
            (Articles.Other("Same text, other address", Original, "https://c.example/other"), analysis),
            (Articles.Other("Same address, other text", WireCopy, "https://a.example/power-line"), new AnalysisBuilder(WireCopy).Build()),
        ]);

        Assert.Equal([false, false, true, true], results.Select(r => r.AlreadyStored));
        Assert.NotEqual(results[0].ArticleId, results[1].ArticleId);
        Assert.Equal(results[0].ArticleId, results[2].ArticleId);
        Assert.Equal(results[0].ArticleId, results[3].ArticleId);
        Assert.Equal(1, results[2].QuoteCount);
        Assert.Equal(results[0].PeopleCount, results[2].PeopleCount);
        Assert.Equal(2, await _store.CountArticlesAsync());
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM article_links WHERE article_id > $id", 0));
    }

    [Fact]
    public async Task A_near_copy_saved_in_the_same_batch_as_its_original_is_linked_to_it()
    {
        var results = await _store.SaveAllAsync(
        [
            (Articles.Other("Caspian states agree on power line", Original, "https://a.example/power-line"), new AnalysisBuilder(Original).Build()),
            (Articles.Other("Caspian states agree on shared power line", WireCopy, "https://wire.example/123"), new AnalysisBuilder(WireCopy).Build()),
            (Articles.Other("Power link moves closer", OwnWords, "https://b.example/link"), new AnalysisBuilder(OwnWords).Build()),
        ]);

        Assert.All(results, r => Assert.False(r.AlreadyStored));
        Assert.Equal(results[0].ArticleId, await DatabaseFile.ScalarAsync(_store.DatabasePath, "SELECT duplicate_of FROM article_links WHERE article_id = $id", results[1].ArticleId));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM article_links WHERE article_id > $id", 0));
        Assert.DoesNotContain(await _store.LatestArticlesAsync(10), a => a.Id == results[1].ArticleId);

        // A later copy in another batch links to the same original, through the batch's stored fingerprints.
        var body = WireCopy + "\nThis story was updated with the ministers' statement.\n";
        var later = await _store.SaveAsync(Articles.Other("Power line agreed", body, "https://late.example/1"), new AnalysisBuilder(body).Build());
        Assert.Equal(results[0].ArticleId, await DatabaseFile.ScalarAsync(_store.DatabasePath, "SELECT duplicate_of FROM article_links WHERE article_id = $id", later.ArticleId));
    }

    [Fact]
    public async Task An_index_file_that_outlived_its_main_file_does_not_link_new_articles_to_what_is_gone()
    {
        // The index file remembers an article the main file no longer has (a restored or replaced main file): the
        // id comes free again, and the next article must be compared with what the archive holds, not with that.
        using var folder = new TempFolder();
        using (var store = folder.OpenStore())
        {
            await store.SaveAsync(Articles.Other("Power link moves closer", OwnWords, "https://b.example/link"), new AnalysisBuilder(OwnWords).Build());
            await store.SaveAsync(Articles.Other("Caspian states agree on power line", Original, "https://a.example/power-line"), new AnalysisBuilder(Original).Build());
        }

        var mainPath = Path.Combine(folder.Path, StorageOptions.DatabaseFileName);
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = mainPath, ForeignKeys = true, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM articles WHERE id = (SELECT max(id) FROM articles);";
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        using (var reopened = folder.OpenStore())
        {
            var copy = await reopened.SaveAsync(Articles.Other("Caspian states agree on shared power line", WireCopy, "https://wire.example/123"), new AnalysisBuilder(WireCopy).Build());
            Assert.False(copy.AlreadyStored);
            Assert.Null(await DatabaseFile.ScalarAsync(mainPath, "SELECT duplicate_of FROM article_links WHERE article_id = $id", copy.ArticleId));
            Assert.Single(await reopened.LatestArticlesAsync(10), a => a.Id == copy.ArticleId);
        }
    }


    private async Task<long> CountAsync(string sql, long articleId) => (long)(await DatabaseFile.ScalarAsync(_store.DatabasePath, sql, articleId))!;
}
