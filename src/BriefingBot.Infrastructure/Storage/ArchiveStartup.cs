using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// Opens the archive when the service starts, so the schema is created or migrated before the first
/// request, and a data folder that cannot be used stops the start with a message naming it.
/// </summary>
internal sealed partial class ArchiveStartup(SqliteArticleStore store, ILogger<ArchiveStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogOpened(store.DatabasePath);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Archive ready at {DatabasePath}")]
    private partial void LogOpened(string databasePath);
}
