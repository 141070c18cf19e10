using BriefingBot.Core.Archive;
using BriefingBot.Infrastructure.Ingestion;
using Microsoft.Extensions.Options;

namespace BriefingBot.Demo;

/// <summary>
/// At start, loads the demo articles into an empty archive (unless Demo:SeedArticles is false), so that
/// the service answers something on its embedded defaults. An archive with anything in it is left alone.
/// </summary>
public sealed partial class DemoArticleSeeder(
    IArchive archive,
    ArticleIngestor ingestor,
    IOptions<DemoOptions> options,
    ILogger<DemoArticleSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedArticles || await archive.CountArticlesAsync(cancellationToken) > 0)
        {
            return;
        }

        foreach (var (fileName, text) in DemoArticles.Load())
        {
            var result = await ingestor.IngestTextAsync(text, fileName, cancellationToken);
            if (result.Succeeded)
            {
                LogSeeded(result.Title, result.QuoteCount);
            }
            else
            {
                LogFailed(fileName, result.Error);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded demo article \"{Title}\" ({QuoteCount} quotes)")]
    private partial void LogSeeded(string? title, int quoteCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load demo article {FileName}: {Error}")]
    private partial void LogFailed(string fileName, string? error);
}
