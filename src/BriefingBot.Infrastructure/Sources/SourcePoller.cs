using BriefingBot.Core.Articles;
using BriefingBot.Infrastructure.Feeds;
using BriefingBot.Infrastructure.Fetching;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// Polls one source: a conditional GET, then every item it has not delivered before is understood and
/// stored (teasers replaced by their page), and the source's health is recorded. Nothing a source serves
/// can make this throw; only the caller's cancellation does.
/// </summary>
public sealed partial class SourcePoller
{
    private readonly SafeFetcher _fetcher;
    private readonly FeedParser _parser;
    private readonly ArticleExtractor _extractor;
    private readonly ArticleIngestor _ingestor;
    private readonly SqliteSourceStore _sources;
    private readonly SourceOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SourcePoller> _logger;

    public SourcePoller(
        SafeFetcher fetcher, FeedParser parser, ArticleExtractor extractor, ArticleIngestor ingestor, SqliteSourceStore sources,
        IOptions<SourceOptions> options, TimeProvider time, ILogger<SourcePoller> logger)
    {
        _fetcher = fetcher;
        _parser = parser;
        _extractor = extractor;
        _ingestor = ingestor;
        _sources = sources;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<PollReport> PollAsync(Source source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            return await PollCoreAsync(source, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A bug or a storage failure on one source must not stop the others, nor leave this one due forever.
            LogPollCrashed(e, source.Id, source.Url);
            return await FailAsync(source, PollOutcome.Failed, $"{source.Url}: polling failed unexpectedly ({e.GetType().Name}: {e.Message}).", null, [], cancellationToken);
        }
    }

    private async Task<PollReport> PollCoreAsync(Source source, CancellationToken cancellationToken)
    {
        var fetch = await _fetcher.FetchAsync(source.Uri, source.Validators, cancellationToken);
        switch (fetch.Status)
        {
            case FetchStatus.NotModified:
                return await SucceedAsync(source, fetch, null, null, [], cancellationToken);
            case FetchStatus.Refused:
                return await FailAsync(source, PollOutcome.Refused, fetch.Reason!, fetch.RetryAfter, [], cancellationToken);
            case FetchStatus.Failed:
                return await FailAsync(source, PollOutcome.Failed, fetch.Reason!, fetch.RetryAfter, [], cancellationToken);
        }

        var (kind, feed, problem) = Classify(source, fetch);
        if (problem is not null)
        {
            return await FailAsync(source, PollOutcome.Failed, problem, null, [], cancellationToken);
        }

        var quiet = !source.Backfilled;
        var items = new List<PolledItem>();
        if (feed is not null)
        {
            await IngestFeedAsync(source, feed, fetch.FinalUrl, quiet, items, cancellationToken);
        }
        else
        {
            items.Add(await IngestPageAsync(source, fetch, quiet, cancellationToken));
        }

        var title = feed?.Title;
        return await SucceedAsync(source, fetch, kind, title, items, cancellationToken);
    }

    // A feed is recognised by its content; a source added as a page stays a page.
    private (SourceKind Kind, ParsedFeed? Feed, string? Problem) Classify(Source source, FetchResult fetch)
    {
        if (source.Kind == SourceKind.Page)
        {
            return (SourceKind.Page, null, null);
        }

        try
        {
            return (SourceKind.Feed, _parser.Parse(fetch.Text!, fetch.FinalUrl), null);
        }
        catch (FeedFormatException e)
        {
            // A page where a feed was expected is a web-page source; a broken feed is a failure to report.
            var looksLikePage = fetch.ContentType is "text/html" or "application/xhtml+xml"
                || ArticleExtractor.DetectFormat(fetch.Text!) == ContentFormat.Html;
            return source.Kind == SourceKind.Unknown && looksLikePage ? (SourceKind.Page, null, null) : (SourceKind.Feed, null, e.Message);
        }
    }

    private async Task IngestFeedAsync(Source source, ParsedFeed feed, Uri feedUrl, bool quiet, List<PolledItem> items, CancellationToken cancellationToken)
    {
        var sourceName = string.IsNullOrWhiteSpace(feed.Title) ? source.DisplayName : feed.Title.Trim();
        foreach (var item in feed.Items)
        {
            if (items.Count >= _options.MaxItemsPerPoll)
            {
                break;
            }

            var key = ItemKey(item);
            if (key is null || await _sources.HasSeenAsync(source.Id, key, cancellationToken))
            {
                continue;
            }

            var (document, error, permanent) = await DocumentForAsync(item, sourceName, feedUrl, cancellationToken);
            if (document is null)
            {
                // A page that failed to load is tried again at the next poll; one our rules refuse, or with no
                // article in it, would fail the same way every time, so it is set aside for good.
                if (permanent)
                {
                    await _sources.MarkSkippedAsync(source.Id, key, cancellationToken);
                }

                items.Add(new PolledItem(key, item.Title, ItemOutcome.Failed, null, error));
                continue;
            }

            items.Add(await StoreAsync(source, key, document, item.Language, quiet, cancellationToken));
        }
    }

    private async Task<PolledItem> IngestPageAsync(Source source, FetchResult fetch, bool quiet, CancellationToken cancellationToken)
    {
        var url = fetch.FinalUrl.AbsoluteUri;
        ArticleDocument document;
        try
        {
            document = _extractor.ExtractText(fetch.Text!);
        }
        catch (ArticleExtractionException e)
        {
            return new PolledItem(url, null, ItemOutcome.Failed, null, $"{url}: {e.Message}");
        }

        // The page's own canonical link wins; else where the fetch ended up.
        document = document with { Url = document.Url ?? url, SourceName = document.SourceName ?? source.DisplayName };
        var key = CanonicalUrl.Normalize(document.Url) + "#" + ContentHash.Of(document.Body);
        if (await _sources.HasSeenAsync(source.Id, key, cancellationToken))
        {
            return new PolledItem(key, document.Title, ItemOutcome.AlreadyStored, null, null);
        }

        return await StoreAsync(source, key, document, null, quiet, cancellationToken);
    }

    private async Task<PolledItem> StoreAsync(Source source, string key, ArticleDocument document, string? language, bool quiet, CancellationToken cancellationToken)
    {
        // The source's region files the article there whatever it mentions (region tagging at ingestion).
        var result = await _ingestor.IngestDocumentAsync(document with { DefaultRegion = source.Region }, document.Url ?? source.Url, cancellationToken);
        if (!result.Succeeded)
        {
            return new PolledItem(key, document.Title, ItemOutcome.Failed, null, result.Error);
        }

        await _sources.MarkSeenAsync(source, key, result.ArticleId!.Value, language, quiet, cancellationToken);
        return new PolledItem(key, result.Title, result.AlreadyStored ? ItemOutcome.AlreadyStored : ItemOutcome.Stored, result.ArticleId, null);
    }

    // The feed's text when it stands for the article; the linked page's main text when it is only a teaser.
    private async Task<(ArticleDocument? Document, string? Error, bool Permanent)> DocumentForAsync(
        FeedItem item, string sourceName, Uri feedUrl, CancellationToken cancellationToken)
    {
        if (!item.IsTeaser || item.Link is null)
        {
            return item.Text is null && item.Title is null
                ? (null, "The item has no title, text or link.", true)
                : (FeedParser.ToDocument(item, sourceName), null, false);
        }

        var page = await _fetcher.FetchAsync(new Uri(item.Link), null, cancellationToken);
        if (!page.IsOk)
        {
            return (null, $"The item is a teaser and its page could not be fetched: {page.Reason}", page.Status == FetchStatus.Refused);
        }

        try
        {
            var extracted = _extractor.ExtractText(page.Text!);
            // The feed's metadata is what the publisher declared for syndication; the page fills the gaps.
            return (new ArticleDocument(
                Title: item.Title ?? extracted.Title,
                Body: extracted.Body,
                Author: item.Authors.Count > 0 ? string.Join(", ", item.Authors) : extracted.Author,
                PublishedAt: item.PublishedAt ?? item.UpdatedAt ?? extracted.PublishedAt,
                SourceName: sourceName,
                Url: item.Link), null, false);
        }
        catch (ArticleExtractionException e)
        {
            return (null, $"The item is a teaser and its page has no article text: {e.Message} ({item.Link}, from {feedUrl})", true);
        }
    }

    private static string? ItemKey(FeedItem item) =>
        item.Id ?? CanonicalUrl.Normalize(item.Link) ?? (item.Title is { } title ? "title:" + title : null);

    private async Task<PollReport> SucceedAsync(
        Source source, FetchResult fetch, SourceKind? kind, string? title, IReadOnlyList<PolledItem> items, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var wait = source.Interval;
        if (fetch.RetryAfter is { } retryAfter && retryAfter > wait)
        {
            wait = retryAfter;
        }

        // Items that failed (a teaser page that did not load) are retried next time; the poll itself succeeded.
        var failedItems = items.Where(i => i.Outcome == ItemOutcome.Failed).ToList();
        var error = failedItems.Count == 0 ? null : $"{failedItems.Count} item(s) could not be stored; first: {failedItems[0].Error}";
        var next = now + wait;
        var backfilled = source.Backfilled || fetch.Status == FetchStatus.Ok;
        await _sources.RecordPollAsync(
            source.Id,
            new PollRecord(kind, title, fetch.ETag, fetch.LastModified, now, now, error, next, 0, backfilled),
            CancellationToken.None);
        var outcome = fetch.Status == FetchStatus.NotModified ? PollOutcome.NotModified : PollOutcome.Fetched;
        return new PollReport(source.Id, source.Url, outcome, items, error, next, Quiet: !source.Backfilled && fetch.Status == FetchStatus.Ok);
    }

    private async Task<PollReport> FailAsync(
        Source source, PollOutcome outcome, string error, TimeSpan? retryAfter, IReadOnlyList<PolledItem> items, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var failures = source.ConsecutiveFailures + 1;
        var next = now + Backoff.After(source.Interval, failures, retryAfter, _options.MaxBackoff);
        LogPollFailed(source.Id, source.Url, error);
        // Recorded even when the caller is cancelling: the health an admin sees must match what happened.
        await _sources.RecordPollAsync(
            source.Id,
            new PollRecord(null, null, source.ETag, source.LastModified, now, null, error, next, failures, source.Backfilled),
            CancellationToken.None);
        return new PollReport(source.Id, source.Url, outcome, items, error, next, Quiet: false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {SourceId} ({Url}) failed: {Error}")]
    private partial void LogPollFailed(long sourceId, string url, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Polling source {SourceId} ({Url}) crashed")]
    private partial void LogPollCrashed(Exception exception, long sourceId, string url);
}
