using System.CommandLine;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Cli;

/// <summary>BriefingBot ingest file|dir...: extract, understand and store articles; print one line each.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = CliOptions.Inputs("Article files (.txt, .md, .html) or folders to read recursively");
        var command = new Command("ingest", "Read articles into the archive and print what was stored") { inputs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var ingestor = services.GetRequiredService<ArticleIngestor>();
            var output = parse.InvocationConfiguration.Output;
            // One line per article as soon as it is stored, so a long bulk ingest shows where it is.
            var results = new List<IngestResult>();
            await ingestor.IngestPathsAsync(parse.GetValue(inputs) ?? [], async result =>
            {
                results.Add(result);
                await output.WriteLineAsync(Describe(result));
            }, cancellationToken);

            var stored = results.Count(r => r.Succeeded && !r.AlreadyStored);
            var known = results.Count(r => r.AlreadyStored);
            var failed = results.Count(r => !r.Succeeded);
            await output.WriteLineAsync($"{stored} stored, {known} already stored, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return command;
    }

    private static string Describe(IngestResult result) => result switch
    {
        { Succeeded: false } => $"failed  {result.Source}: {result.Error}",
        { AlreadyStored: true } => $"already stored #{result.ArticleId}  {result.Title}  ({result.Source})",
        _ => $"stored #{result.ArticleId}  {result.Title}  ({Quotes(result.QuoteCount)}; {result.Source})",
    };

    private static string Quotes(int count) => count == 1 ? "1 quote" : $"{count} quotes";
}
