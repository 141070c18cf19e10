using System.CommandLine;
using BriefingBot.Core.Evaluation;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot train-quote-models SPLIT_DIR --out DIR: trains the learned parts of quote attribution (fragment,
/// cue and speaker models) on a PolNeAR-style split (text/NAME.txt, attributions/NAME_ANNOTATOR.ann; the first .ann of
/// each article in name order is the gold, as the scorer reads it) and writes the weight files the Core ships
/// as Understanding/Data/fragment-model.txt, cue-model.txt and speaker-model.txt.
/// </summary>
internal static class TrainQuoteModelsCommand
{
    public static Command Create()
    {
        var split = new Argument<string>("split") { Description = "Folder with text/ and attributions/ (brat standoff)" };
        var outDir = CliOptions.Out("Folder for fragment-model.txt, cue-model.txt and speaker-model.txt");
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples", DefaultValueFactory = _ => QuoteModelTrainer.DefaultEpochs };
        var command = new Command("train-quote-models", "Train the learned parts of quote attribution on gold attributions") { split, outDir, epochs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(split)!;
            var articles = Articles(folder).ToList();
            if (articles.Count == 0)
            {
                throw new CliError($"no annotated articles in '{folder}' (expected text/*.txt and attributions/*.ann)");
            }

            var result = QuoteModelTrainer.Train(articles, Math.Max(1, parse.GetValue(epochs)));
            var target = InputFiles.PrepareOutput(parse.GetValue(outDir)!);
            await File.WriteAllTextAsync(Path.Combine(target, "fragment-model.txt"), result.FragmentModelText, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(target, "cue-model.txt"), result.CueModelText, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(target, "speaker-model.txt"), result.SpeakerModelText, cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{result.Summary}; written to {target}");
            return 0;
        });
        return command;
    }

    private static IEnumerable<QuoteModelTrainer.Article> Articles(string folder)
    {
        var annotations = Path.Combine(folder, "attributions");
        if (!Directory.Exists(annotations))
        {
            throw new CliError($"'{annotations}' does not exist");
        }

        var gold = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(annotations, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            var at = name.LastIndexOf('_');
            gold.TryAdd(at < 0 ? name : name[..at], ann);
        }

        foreach (var (name, ann) in gold)
        {
            var text = Path.Combine(folder, "text", name + ".txt");
            if (File.Exists(text))
            {
                yield return new QuoteModelTrainer.Article(File.ReadAllText(text), BratAttributions.Read(File.ReadAllText(ann)));
            }
        }
    }
}
