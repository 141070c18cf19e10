using System.Collections.Concurrent;
using BriefingBot.Core.Archive;
using Microsoft.Data.Sqlite;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Results of the archive's reads for the archive as it is now. Every change to what answers read bumps a
/// counter in the database (migration 0006, triggers, in the writer's transaction), and each read compares
/// that one number first, so a cached result is never older than the archive, whichever process wrote.
/// Questions repeat (a team asks about the same people and places all day); this is what lets the service
/// answer them at thousands per second (issue 8). Articles are kept once however many results cite them,
/// and the cache starts over when it reaches its byte budget.
/// </summary>
public sealed class ArchiveReadCache : IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly long _budgetBytes;
    private readonly Lock _versionLock = new();
    private SqliteConnection? _versionConnection;
    private SqliteCommand? _versionCommand;
    private Generation _generation = new(-1);
    private long _hits;
    private long _misses;

    internal ArchiveReadCache(SqliteDatabase database, long budgetBytes)
    {
        _database = database;
        _budgetBytes = budgetBytes;
    }

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public double HitRate => Hits + Misses == 0 ? 0 : Hits / (double)(Hits + Misses);

    /// <summary>Approximate bytes held now (UTF-16 text of cached rows and the articles they cite).</summary>
    public long Bytes => Volatile.Read(ref _generation).Bytes;

    /// <summary>The archive's change counter (migration 0006).</summary>
    public long CurrentVersion()
    {
        lock (_versionLock)
        {
            if (_versionCommand is null)
            {
                _versionConnection = _database.OpenConnection();
                _versionCommand = _versionConnection.CreateCommand();
                _versionCommand.CommandText = "SELECT version FROM archive_version WHERE id = 1;";
            }

            return _versionCommand.ExecuteScalar() is long version ? version : 0;
        }
    }

    internal Task<IReadOnlyList<StoredQuote>> QuotesAsync(string key, Func<Task<IReadOnlyList<StoredQuote>>> read) =>
        GetOrReadAsync(key, read, (generation, quotes) => quotes
            .Select(q => q with { Article = generation.Share(q.Article) })
            .ToList()
            .AsReadOnly(), quotes => quotes.Sum(q => (long)q.Text.Length + q.Context.Length + 64) * 2);

    internal Task<IReadOnlyList<StoredArticle>> ArticlesAsync(string key, Func<Task<IReadOnlyList<StoredArticle>>> read) =>
        GetOrReadAsync(key, read, (generation, articles) => articles.Select(generation.Share).ToList().AsReadOnly(), articles => articles.Count * 16L);

    internal Task<StoredArticle?> ArticleAsync(string key, Func<Task<StoredArticle?>> read) =>
        GetOrReadAsync(key, read, (generation, article) => article is null ? null : generation.Share(article), _ => 16);

    /// <summary>Small results (people, counts, regions) kept as they are.</summary>
    internal Task<T> ValueAsync<T>(string key, Func<Task<T>> read, Func<T, long> weigh) =>
        GetOrReadAsync(key, read, (_, value) => value, weigh);

    private async Task<T> GetOrReadAsync<T>(string key, Func<Task<T>> read, Func<Generation, T, T> keep, Func<T, long> weigh)
    {
        var version = CurrentVersion();
        var generation = Volatile.Read(ref _generation);
        if (generation.Version != version)
        {
            Interlocked.CompareExchange(ref _generation, new Generation(version), generation);
            generation = Volatile.Read(ref _generation);
        }

        if (generation.Version == version && generation.Entries.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _hits);
            return (T)cached!;
        }

        Interlocked.Increment(ref _misses);
        // Read after the version: what is read is at least as new as the version it is filed under.
        var value = await read().ConfigureAwait(false);
        if (generation.Version != version)
        {
            return value;
        }

        if (generation.Bytes > _budgetBytes)
        {
            // Start over rather than track recency on every hit: the questions that matter come back at once.
            Interlocked.CompareExchange(ref _generation, new Generation(version), generation);
            generation = Volatile.Read(ref _generation);
        }

        var kept = keep(generation, value);
        if (generation.Entries.TryAdd(key, kept))
        {
            generation.Add(weigh(value) + (key.Length * 2) + 64);
        }

        return kept;
    }

    public void Dispose()
    {
        lock (_versionLock)
        {
            _versionCommand?.Dispose();
            _versionConnection?.Dispose();
            _versionCommand = null;
            _versionConnection = null;
        }
    }

    private sealed class Generation(long version)
    {
        private readonly ConcurrentDictionary<long, StoredArticle> _articles = new();
        private long _bytes;

        public long Version { get; } = version;

        public ConcurrentDictionary<string, object?> Entries { get; } = new(StringComparer.Ordinal);

        public long Bytes => Interlocked.Read(ref _bytes);

        public void Add(long bytes) => Interlocked.Add(ref _bytes, bytes);

        /// <summary>One instance per article id, so the many quotes and results citing an article keep its body once.</summary>
        public StoredArticle Share(StoredArticle article)
        {
            if (_articles.TryGetValue(article.Id, out var shared))
            {
                return shared;
            }

            if (_articles.TryAdd(article.Id, article))
            {
                Add((article.Title.Length + article.Body.Length + article.Summary.Sum(s => s.Length) + 128L) * 2);
                return article;
            }

            return _articles[article.Id];
        }
    }
}
