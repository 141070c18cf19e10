using BriefingBot.Core.Articles;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using BriefingBot.Infrastructure.Tests.Support;

namespace BriefingBot.Infrastructure.Tests.Storage;

/// <summary>
/// The fast read paths of issue 8: the read cache is never older than the archive, batch saves are whole or
/// absent, and a speaker's quotes merged from many matching speakers come in the order one big sort would give.
/// </summary>
public sealed class ReadPathTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteArticleStore _store;

    public ReadPathTests() => _store = _folder.OpenStore();

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_cached_read_sees_an_article_saved_after_it()
    {
        await SaveAsync(Story(1, "Ana Novak", "The port fees stay as they are."));
        Assert.Single(await _store.FindQuotesBySpeakerAsync("Novak", 10));
        Assert.Single(await _store.SearchQuotesAsync("port fees", 10));

        await SaveAsync(Story(2, "Ana Novak", "The port fees will rise in spring."));

        Assert.Equal(2, (await _store.FindQuotesBySpeakerAsync("Novak", 10)).Count);
        Assert.Equal(2, (await _store.SearchQuotesAsync("port fees", 10)).Count);
        Assert.Equal(2, await _store.CountArticlesAsync());
        Assert.True(_store.ReadCache!.Hits + _store.ReadCache.Misses > 0);
    }

    [Fact]
    public async Task A_cached_read_sees_what_another_process_saved()
    {
        await SaveAsync(Story(1, "Ana Novak", "The port fees stay as they are."));
        Assert.Equal(1, await _store.CountArticlesAsync());
        Assert.Equal(1, await _store.CountArticlesAsync());
        Assert.True(_store.ReadCache!.Hits >= 1);

        // A second store on the same file stands for "BriefingBot ingest" running beside the service.
        using (var other = new SqliteArticleStore(_folder.StorageOptions()))
        {
            var story = Story(2, "Ana Novak", "The port fees will rise in spring.");
            await other.SaveAsync(story.Document, story.Analysis);
        }

        Assert.Equal(2, await _store.CountArticlesAsync());
        Assert.Equal(2, (await _store.FindQuotesBySpeakerAsync("Ana Novak", 10)).Count);
    }

    [Fact]
    public async Task A_batch_stores_every_article_and_one_repeated_within_it_once()
    {
        var results = await _store.SaveAllAsync([Story(1, "Ana Novak", "One."), Story(2, "Ana Novak", "Two."), Story(1, "Ana Novak", "One.")]);

        Assert.Equal([false, false, true], results.Select(r => r.AlreadyStored));
        Assert.Equal(results[0].ArticleId, results[2].ArticleId);
        Assert.Equal(2, await _store.CountArticlesAsync());
    }

    [Fact]
    public async Task Pooled_connections_readers_draw_keep_the_default_cache_after_a_batch()
    {
        await _store.SaveAllAsync([Story(1, "Ana Novak", "One."), Story(2, "Ana Novak", "Two.")]);

        // The same connection string draws from the same pool readers use; the batch's big cache stays on the store's own writer connection.
        var database = SqliteDatabase.Open(_folder.StorageOptions());
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size;";
        Assert.Equal(-2000L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public async Task A_batch_the_database_rejects_stores_none_of_its_articles()
    {
        var second = Story(2, "Ana Novak", "Two.");
        var named = new AnalysisBuilder(second.Document.Body).WithPerson("Ana Novak").Build();
        var broken = second with { Analysis = named with { People = [named.People[0] with { FullName = null! }] } };

        await Assert.ThrowsAsync<StorageException>(() => _store.SaveAllAsync([Story(1, "Ana Novak", "One."), broken]));

        Assert.Equal(0, await _store.CountArticlesAsync());
        Assert.Empty(await _store.FindQuotesBySpeakerAsync("Novak", 10));
    }

    [Fact]
    public async Task A_batch_after_one_the_database_rejected_is_stored()
    {
        var second = Story(2, "Ana Novak", "Two.");
        var named = new AnalysisBuilder(second.Document.Body).WithPerson("Ana Novak").Build();
        var broken = second with { Analysis = named with { People = [named.People[0] with { FullName = null! }] } };
        await Assert.ThrowsAsync<StorageException>(() => _store.SaveAllAsync([Story(1, "Ana Novak", "One."), broken]));

        var results = await _store.SaveAllAsync([Story(1, "Ana Novak", "One."), second]);

        Assert.All(results, r => Assert.False(r.AlreadyStored));
        Assert.Equal(2, await _store.CountArticlesAsync());
    }

    [Fact]
    public async Task A_bulk_save_after_the_store_is_disposed_is_refused_and_leaves_no_connection_open()
    {
        var store = new SqliteArticleStore(_folder.StorageOptions());
        await store.SaveAllAsync([Story(1, "Ana Novak", "One.")]);
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.SaveAllAsync([Story(2, "Ana Novak", "Two.")]));

        using var reader = new SqliteArticleStore(_folder.StorageOptions());
        Assert.Equal(1, await reader.CountArticlesAsync());
    }

    [Fact]
    public async Task A_batch_sees_what_another_process_saved_between_two_batches()
    {
        // Bulk saves keep their connection (and its page cache) from batch to batch; what another writer stored in
        // between must still count, or the article would be stored twice.
        await _store.SaveAllAsync([Story(1, "Ana Novak", "One.")]);
        using (var other = new SqliteArticleStore(_folder.StorageOptions()))
        {
            await other.SaveAllAsync([Story(2, "Ana Novak", "Two.")]);
        }

        var results = await _store.SaveAllAsync([Story(2, "Ana Novak", "Two."), Story(3, "Ana Novak", "Three.")]);

        Assert.Equal([true, false], results.Select(r => r.AlreadyStored));
        Assert.Equal(3, await _store.CountArticlesAsync());
    }

    [Fact]
    public async Task Quotes_of_every_matching_speaker_come_most_important_first_then_newest()
    {
        // Two speakers share the surname; importances tie across them, so the date decides, then the id.
        var saved = new List<(string Text, double Importance, int Day)>();
        for (var day = 1; day <= 6; day++)
        {
            var speaker = day % 2 == 0 ? "Ana Novak" : "Boris Novak";
            var importance = day <= 3 ? 2.0 : 1.0;
            var text = $"Statement number {day} on the port fees.";
            await SaveAsync(Story(day, speaker, text, importance));
            saved.Add((text, importance, day));
        }

        var found = await _store.FindQuotesBySpeakerAsync("Novak", 4);

        var expected = saved.OrderByDescending(q => q.Importance).ThenByDescending(q => q.Day).Take(4).Select(q => q.Text);
        Assert.Equal(expected, found.Select(q => q.Text));
    }

    [Fact]
    public async Task Stop_words_do_not_decide_a_search()
    {
        await SaveAsync(Story(1, "Ana Novak", "The port fees stay as they are."));
        const string other = "It is what it is and it was what it was.";
        await _store.SaveAsync(Articles.Other("Story 2", other), AnalysisBuilder.Plain(other));

        var found = await _store.SearchArticlesAsync("what is the news on the port fees?", 10);

        Assert.Equal("Story 1", Assert.Single(found).Title);
    }

    private static (ArticleDocument Document, ArticleAnalysis Analysis) Story(int day, string speaker, string words, double importance = 1)
    {
        var body = $"Story {day}: \"{words}\" said {speaker} on day {day}.";
        var document = Articles.Other($"Story {day}", body, url: $"https://wire.example/story/{day}", publishedAt: new DateTimeOffset(2026, 3, day, 9, 0, 0, TimeSpan.Zero));
        return (document, new AnalysisBuilder(body).WithQuote(words, speaker, importance: importance).Build());
    }

    private async Task SaveAsync((ArticleDocument Document, ArticleAnalysis Analysis) story) => await _store.SaveAsync(story.Document, story.Analysis);
}
