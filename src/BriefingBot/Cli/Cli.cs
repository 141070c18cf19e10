using System.CommandLine;
using BriefingBot.Infrastructure.Ingestion;
using BriefingBot.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli;

/// <summary>
/// The command line: the service, and the admin, script and evaluation commands, in one executable.
/// Every failure the user can act on prints one line "error: ..." and exits non-zero.
/// </summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var root = CreateRootCommand();
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(invocation, cancellationToken);
        }
        catch (Exception e) when (UserMessage(e) is { } message)
        {
            await error.WriteLineAsync($"error: {message}");
            return 1;
        }
    }

    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("BriefingBot: a news-briefing bot for Teams and Slack. Without a command, runs the service.")
        {
            CliOptions.Data,
            ServeCommand.Create(),
            IngestCommand.Create(),
            AskCommand.Create(),
            QuotesCommand.Create(),
            SummarizeCommand.Create(),
            TrainQuoteModelsCommand.Create(),
            SourcesCommand.Create(),
            PollCommand.Create(),
            ApiKeyCommand.Create(),
            BriefCommand.Create(),
            RegionsCommand.Create(),
        };
        root.SetAction(ServeCommand.RunAsync);
        return root;
    }

    // The exceptions that describe the user's input or environment, not a bug.
    private static string? UserMessage(Exception e) => e switch
    {
        CliError => e.Message,
        OptionsValidationException options => "invalid configuration: " + string.Join("; ", options.Failures),
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException => e.Message,
        InvalidDataException or FormatException => e.Message,
        OperationCanceledException => "cancelled",
        StorageException or ArticleExtractionException => e.Message,
        _ => null,
    };
}
