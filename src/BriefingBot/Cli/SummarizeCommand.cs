using System.CommandLine;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot summarize file|dir... (--ratio R | --sentences N) --out DIR: one extractive summary per
/// input, at the same relative path, one sentence per line in article order. The headline is found the
/// same way ingestion finds it, and is used to rank sentences but never part of the summary.
/// </summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var inputs = CliOptions.Inputs("Article files, or folders of them");
        var outDir = CliOptions.Out("Folder for the summaries (same relative paths as the inputs)");
        var ratio = new Option<double?>("--ratio") { Description = "Share of the article's sentences to keep, e.g. 0.4" };
        var sentences = new Option<int?>("--sentences") { Description = "Number of sentences to keep (default 3 when --ratio is not given)" };
        var command = new Command("summarize", "Write an extractive summary of each article") { inputs, outDir, ratio, sentences };
        command.Validators.Add(result =>
        {
            if (result.GetValue(ratio) is { } r && (r <= 0 || r > 1))
            {
                result.AddError("--ratio must be greater than 0 and at most 1");
            }

            if (result.GetValue(sentences) is { } n && n < 1)
            {
                result.AddError("--sentences must be at least 1");
            }

            if (result.GetValue(ratio) is not null && result.GetValue(sentences) is not null)
            {
                result.AddError("give --ratio or --sentences, not both");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = InputFiles.Expand(parse.GetValue(inputs) ?? []);
            var folder = InputFiles.PrepareOutput(parse.GetValue(outDir)!);
            var extractor = new ArticleExtractor();
            foreach (var (path, relative) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = extractor.ExtractText(InputFiles.ReadText(path), Path.GetFileName(path));
                var spans = SentenceSplitter.Split(document.Body);
                var texts = spans.Select(s => s.Slice(document.Body)).ToList();
                var chosen = parse.GetValue(ratio) is { } share
                    ? Summarizer.SelectByRatio(texts, share, document.Title)
                    : Summarizer.Select(texts, parse.GetValue(sentences) ?? 3, document.Title);
                var target = Path.Combine(folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                await File.WriteAllLinesAsync(target, chosen.Select(i => texts[i]), cancellationToken);
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"{files.Count} summaries written to {folder}");
            return 0;
        });
        return command;
    }
}
