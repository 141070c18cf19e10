using System.CommandLine;
using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot quotes file|dir... --out DIR: the attributions of each text file as JSON, with offsets
/// into the file's text as read, in the format ../shared/eval/score_attributions.py scores.
/// </summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var inputs = CliOptions.Inputs("Text files, or folders of them");
        var outDir = CliOptions.Out("Folder for one <name>.json per input");
        var command = new Command("quotes", "Write the quotes, speakers and cues found in each text file as JSON") { inputs, outDir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = InputFiles.Expand(parse.GetValue(inputs) ?? []);
            var folder = InputFiles.PrepareOutput(parse.GetValue(outDir)!);
            var analyzer = new ArticleAnalyzer();
            var quotes = 0;
            foreach (var (path, _) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var analysis = analyzer.Analyze(InputFiles.ReadText(path));
                quotes += analysis.Quotes.Count;
                var target = Path.Combine(folder, Path.GetFileNameWithoutExtension(path) + ".json");
                await File.WriteAllTextAsync(target, AttributionExport.ToJson(analysis), cancellationToken);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"{quotes} quotes from {files.Count} files written to {folder}");
            return 0;
        });
        return command;
    }
}
