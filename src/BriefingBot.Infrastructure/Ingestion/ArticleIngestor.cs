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

    /// <summary>As each file is done (stored or failed), hands its result on: a long bulk ingest shows progress as it goes.</summary>
    public async Task IngestPathsAsync(IEnumerable<string> paths, Func<IngestResult, Task> onResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(onResult);
        foreach (var path in paths)
        {
            var problems = new List<IngestResult>();
            var files = ExpandPath(path, problems);
            foreach (var problem in problems)
            {
                await onResult(problem);
            }

            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await onResult(await IngestFileAsync(file, cancellationToken));
            }
        }
    }

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
        ArticleAnalysis analysis;
        try
        {
            analysis = _analyzer.Analyze(document.Body, document.Title);
            analysis = analysis with { Places = _tagger.Tag(document.Title, document.Body, document.DefaultRegion) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The analyzer is someone else's code: name the stage, so a report line says where it broke.
            return IngestResult.Failed(source, $"Analysis failed: {ex.Message}");
        }

        var saved = await _store.SaveAsync(document, analysis, cancellationToken);
        return new IngestResult(source, saved.ArticleId, document.Title, saved.QuoteCount, saved.AlreadyStored, null);
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
