using BriefingBot.Core.Archive;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Geography;
using BriefingBot.Core.Understanding;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Files and text into the archive: extract, understand, store. A batch reports every file's outcome
/// and never stops at a bad one; only cancellation ends it early.
/// </summary>
public sealed class ArticleIngestor
{
    public const string TextSource = "(text)";

    private readonly ArticleExtractor _extractor;
    private readonly IArticleAnalyzer _analyzer;
    private readonly IArticleStore _store;
    private readonly IngestionOptions _options;
    private readonly RegionTagger _tagger;

    /// <param name="tagger">Files each article under its countries and regions; a default one when not given.</param>
    public ArticleIngestor(ArticleExtractor extractor, IArticleAnalyzer analyzer, IArticleStore store, IOptions<IngestionOptions> options, RegionTagger? tagger = null)
    {
        _tagger = tagger ?? new RegionTagger();
        _extractor = extractor;
        _analyzer = analyzer;
        _store = store;
        _options = options.Value;
    }

    /// <param name="paths">Files (any extension) and folders (searched recursively for .txt, .md, .markdown, .html, .htm).</param>
    public async Task<IReadOnlyList<IngestResult>> IngestPathsAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var results = new List<IngestResult>();
        await IngestPathsAsync(paths, result => { results.Add(result); return Task.CompletedTask; }, cancellationToken);
        return results;
    }

    /// <summary>
    /// As each file is done (stored or failed), hands its result on: a long bulk ingest shows progress as it goes.
    /// Files are read and understood in parallel, a batch at a time, several batches ahead of the single writer,
    /// which stores them in transactions that grow from one batch to <see cref="MaxArticlesPerCommit"/> articles.
    /// Results come in file order, each once its transaction is committed (so a crash loses at most the
    /// transaction in flight, never part of an article, and a rerun stores exactly what is missing).
    /// </summary>
    public async Task IngestPathsAsync(IEnumerable<string> paths, Func<IngestResult, Task> onResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onResult);
        // When storing fails or a result handler throws, the batches still being understood are stopped and
        // waited for: no file is read after the caller has seen the error, and no fault goes unobserved.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var understanding = new Queue<Task<Understood[]>>();
        try
        {
            var batch = new List<string>(BatchSize);
            var commitSize = BatchSize;
            foreach (var path in paths)
            {
                var problems = new List<IngestResult>();
                var files = ExpandPath(path, problems);
                if (problems.Count > 0)
                {
                    // Results stay in input order: the files before the bad path are stored and reported first.
                    if (batch.Count > 0)
                    {
                        understanding.Enqueue(StartUnderstanding(understanding, batch, stopping.Token));
                        batch = new List<string>(BatchSize);
                    }

                    while (understanding.Count > 0)
                    {
                        await StoreUnderstoodAsync(understanding, commitSize, onResult, stopping.Token);
                        commitSize = Math.Min(commitSize * 2, MaxArticlesPerCommit);
                    }

                    foreach (var problem in problems)
                    {
                        await onResult(problem);
                    }
                }

                foreach (var file in files)
                {
                    batch.Add(file);
                    if (batch.Count == BatchSize)
                    {
                        understanding.Enqueue(StartUnderstanding(understanding, batch, stopping.Token));
                        batch = new List<string>(BatchSize);
                        if (understanding.Count > BatchesAhead)
                        {
                            await StoreUnderstoodAsync(understanding, commitSize, onResult, stopping.Token);
                            commitSize = Math.Min(commitSize * 2, MaxArticlesPerCommit);
                        }
                    }
                }
            }

            if (batch.Count > 0)
            {
                understanding.Enqueue(StartUnderstanding(understanding, batch, stopping.Token));
            }

            while (understanding.Count > 0)
            {
                await StoreUnderstoodAsync(understanding, commitSize, onResult, stopping.Token);
                commitSize = Math.Min(commitSize * 2, MaxArticlesPerCommit);
            }
        }
        finally
        {
            if (understanding.Count > 0)
            {
                await stopping.CancelAsync();
                await CompletionOf(Task.WhenAll(understanding));
            }
        }
    }

    // Completes when the task does, whatever its outcome: for waits where only the end matters.
    private static Task CompletionOf(Task task) =>
        task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    // Understanding runs in batches big enough to spread over the cores, small enough to show progress early.
    private const int BatchSize = 64;

    // How far understanding may run ahead of the writer: enough to fill its biggest transaction and keep every
    // core busy while it writes, few enough that a 100,000-article ingest holds only a few hundred analyses.
    private const int BatchesAhead = MaxArticlesPerCommit / BatchSize;

    // The most one transaction stores. The writer's cost per article falls steeply with bigger transactions
    // (fewer full-text segments written and merged, fewer WAL frames per page): 64 to 512 halved it (issue 6).
    // Transactions start at one batch and double, so the first results show at once.
    private const int MaxArticlesPerCommit = 512;

    /// <summary>
    /// Understands <paramref name="files"/> once the batch before (the queue's last) is done: batches finish in
    /// file order, each with every core, so the writer can start on the first while the rest are understood.
    /// </summary>
    private Task<Understood[]> StartUnderstanding(Queue<Task<Understood[]>> understanding, List<string> files, CancellationToken cancellationToken)
    {
        var previous = understanding.LastOrDefault();
        return Task.Run(async () =>
        {
            if (previous is not null)
            {
                // Only its completion matters here; its outcome (a cancellation) is the writer's to observe.
                await CompletionOf(previous);
            }

            return Understand(files, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Stores the oldest understood batches, up to <paramref name="articles"/>, in one transaction, and reports their results in file order.</summary>
    private async Task StoreUnderstoodAsync(Queue<Task<Understood[]>> understanding, int articles, Func<IngestResult, Task> onResult, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var items = new List<Understood>(articles);
        do
        {
            items.AddRange(await understanding.Dequeue());
        }
        while (understanding.Count > 0 && items.Count + BatchSize <= articles);

        foreach (var result in await StoreBatchAsync(items, cancellationToken))
        {
            await onResult(result);
        }
    }

    private Understood[] Understand(List<string> files, CancellationToken cancellationToken)
    {
        var understood = new Understood[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var path = files[i];
            try
            {
                var file = new FileInfo(path);
                if (!file.Exists)
                {
                    understood[i] = new Understood(path, null, null, IngestResult.Failed(path, "File not found."));
                    return;
                }

                if (file.Length > _options.MaxFileBytes)
                {
                    understood[i] = new Understood(path, null, null, IngestResult.Failed(path, $"File is {file.Length:N0} bytes, over the {_options.MaxFileBytes:N0}-byte limit (Ingestion:MaxFileBytes)."));
                    return;
                }

                var document = _extractor.Extract(File.ReadAllBytes(path), file.Name);
                var (analysis, failure) = Analyze(path, document);
                understood[i] = new Understood(path, document, analysis, failure);
            }
            catch (Exception ex) when (IsPerItemFailure(ex))
            {
                understood[i] = new Understood(path, null, null, IngestResult.Failed(path, Describe(ex)));
            }
        });
        return understood;
    }

    private async Task<List<IngestResult>> StoreBatchAsync(List<Understood> batch, CancellationToken cancellationToken)
    {
        var toSave = batch.Where(u => u.Failure is null).Select(u => (u.Document!, u.Analysis!)).ToList();
        IReadOnlyList<SaveResult>? saved = null;
        try
        {
            saved = toSave.Count == 0 ? [] : await _store.SaveAllAsync(toSave, cancellationToken);
        }
        catch (Exception ex) when (IsPerItemFailure(ex))
        {
            // Something in the batch cannot be stored: store them one by one so only that article fails.
        }

        var results = new List<IngestResult>(batch.Count);
        var next = 0;
        foreach (var item in batch)
        {
            if (item.Failure is not null)
            {
                results.Add(item.Failure);
                continue;
            }

            try
            {
                var result = saved?[next] ?? await _store.SaveAsync(item.Document!, item.Analysis!, cancellationToken);
                results.Add(new IngestResult(item.Path, result.ArticleId, item.Document!.Title, result.QuoteCount, result.AlreadyStored, null));
            }
            catch (Exception ex) when (IsPerItemFailure(ex))
            {
                results.Add(IngestResult.Failed(item.Path, Describe(ex)));
            }

            next++;
        }

        return results;
    }

    /// <summary>A file read and understood (or why not), waiting to be stored with its batch.</summary>
    private sealed record Understood(string Path, ArticleDocument? Document, ArticleAnalysis? Analysis, IngestResult? Failure);

    public async Task<IngestResult> IngestFileAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return IngestResult.Failed(path, "File not found.");
            }

            if (file.Length > _options.MaxFileBytes)
            {
                return IngestResult.Failed(path, $"File is {file.Length:N0} bytes, over the {_options.MaxFileBytes:N0}-byte limit (Ingestion:MaxFileBytes).");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            return await StoreAsync(path, _extractor.Extract(bytes, file.Name), cancellationToken);
        }
        catch (Exception ex) when (IsPerItemFailure(ex))
        {
            return IngestResult.Failed(path, Describe(ex));
        }
    }

    /// <param name="fileName">Optional name for format and source hints, e.g. "note.md".</param>
    public async Task<IngestResult> IngestTextAsync(string text, string? fileName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = fileName ?? TextSource;
        try
        {
            var size = System.Text.Encoding.UTF8.GetByteCount(text);
            if (size > _options.MaxFileBytes)
            {
                return IngestResult.Failed(source, $"Text is {size:N0} bytes, over the {_options.MaxFileBytes:N0}-byte limit (Ingestion:MaxFileBytes).");
            }

            return await StoreAsync(source, _extractor.ExtractText(text, fileName), cancellationToken);
        }
        catch (Exception ex) when (IsPerItemFailure(ex))
        {
            return IngestResult.Failed(source, Describe(ex));
        }
    }

    /// <summary>An article already extracted elsewhere (a feed item, a fetched page): understand and store it.</summary>
    /// <param name="source">Where it came from, for the result (a URL).</param>
    public async Task<IngestResult> IngestDocumentAsync(ArticleDocument document, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return await StoreAsync(source, document, cancellationToken);
        }
        catch (Exception ex) when (IsPerItemFailure(ex))
        {
            return IngestResult.Failed(source, Describe(ex));
        }
    }

    private async Task<IngestResult> StoreAsync(string source, ArticleDocument document, CancellationToken cancellationToken)
    {
        var (analysis, failure) = Analyze(source, document);
        if (analysis is null)
        {
            return failure!;
        }

        var saved = await _store.SaveAsync(document, analysis, cancellationToken);
        return new IngestResult(source, saved.ArticleId, document.Title, saved.QuoteCount, saved.AlreadyStored, null);
    }

    /// <returns>The analysis with the article's places, or the failure to report when the analyzer threw.</returns>
    private (ArticleAnalysis? Analysis, IngestResult? Failure) Analyze(string source, ArticleDocument document)
    {
        try
        {
            var analysis = _analyzer.Analyze(document.Body, document.Title);
            return (analysis with { Places = _tagger.Tag(document.Title, document.Body, document.DefaultRegion) }, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The analyzer is someone else's code: name the stage, so a report line says where it broke.
            return (null, IngestResult.Failed(source, $"Analysis failed: {ex.Message}"));
        }
    }

    private static IEnumerable<string> ExpandPath(string path, List<IngestResult> results)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            results.Add(IngestResult.Failed(path, "No such file or folder."));
            return [];
        }

        try
        {
            return ArticleFiles.InFolder(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            results.Add(IngestResult.Failed(path, $"Cannot read the folder: {ex.Message}"));
            return [];
        }
    }

    // Failures that belong to one file; anything else (cancellation, a bug) should surface.
    private static bool IsPerItemFailure(Exception ex) =>
        ex is ArticleExtractionException or StorageException or IOException or UnauthorizedAccessException or ArgumentException;

    private static string Describe(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => $"Cannot read the file: {ex.Message}",
        _ => ex.Message,
    };
}
