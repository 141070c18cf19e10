using System.CommandLine;
using BriefingBot.Core.Evaluation;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot train-fragments SPLIT_DIR --out FILE: trains the quote attribution's fragment model on a
/// PolNeAR-style split (text/NAME.txt, attributions/NAME_ANNOTATOR.ann; the first .ann of each article in name
/// order is the gold, as the scorer reads it) and writes the weights file the Core ships as
/// Understanding/Data/fragment-model.txt.
/// </summary>
internal static class TrainFragmentsCommand
{
    public static Command Create()
    {
        var split = new Argument<string>("split") { Description = "Folder with text/ and attributions/ (brat standoff)" };
        var outFile = new Option<string>("--out") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the examples", DefaultValueFactory = _ => 10 };
        var command = new Command("train-fragments", "Train the fragment model of quote attribution on gold attributions") { split, outFile, epochs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(split)!;
            var articles = Articles(folder).ToList();
            if (articles.Count == 0)
            {
                throw new CliError($"no annotated articles in '{folder}' (expected text/*.txt and attributions/*.ann)");
            }

            var result = FragmentTrainer.Train(articles, Math.Max(1, parse.GetValue(epochs)));
            var target = parse.GetValue(outFile)!;
            await File.WriteAllTextAsync(target, result.ModelText, cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"{result.Features} features from {result.Examples} quotations ({result.Attributed} attributed) in {articles.Count} articles written to {target}");
            return 0;
        });
        return command;
    }

    private static IEnumerable<FragmentTrainer.Article> Articles(string folder)
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
                yield return new FragmentTrainer.Article(File.ReadAllText(text), BratAttributions.Contents(File.ReadAllText(ann)));
            }
        }
    }
}
