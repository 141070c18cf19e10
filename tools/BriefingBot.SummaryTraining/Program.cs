using System.Globalization;
using BriefingBot.Core.Understanding.Summaries;
using BriefingBot.SummaryTraining;

// Trains the two summary models on oracle extracts and reports their held-out ROUGE by k-fold cross-validation
// (folds by item, every fold's model trained only on the other folds), next to the lead and TextRank baselines:
//   highlights (Summarizer.Select, a few sentences): CNN/DailyMail dev highlights, 3 sentences;
//   extract (Summarizer.SelectByRatio): the BBC News Summary half, 40% of the sentences.
// From the repository root:
//   dotnet run -c Release --project tools/BriefingBot.SummaryTraining -- ../shared/eval [--folds 5] [--l2 1e-4] [--task highlights|extract] [--drop feature,...] [--write]
// With --write, each model trained on all its items replaces src/BriefingBot.Core/Understanding/Data/summary-model-*.txt.
var evalRoot = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "../shared/eval";
var folds = args.SkipWhile(a => a != "--folds").Skip(1).Select(int.Parse).FirstOrDefault(5);
var write = args.Contains("--write");
var l2 = args.SkipWhile(a => a != "--l2").Skip(1).Select(a => double.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1e-4);

var tasks = new[]
{
    new Task("highlights", SummaryModel.HighlightsFile, Corpus.Load(
        "cnndm", Path.Combine(evalRoot, "cnndm-dev", "articles"), Path.Combine(evalRoot, "cnndm-dev", "highlights"), _ => 3), [Redundancy.Trigrams, Redundancy.CoveredWords]),
    new Task("extract", SummaryModel.ExtractFile, Corpus.Load(
        "bbc", Path.Combine(evalRoot, "bbc-summary", "articles"), Path.Combine(evalRoot, "bbc-summary", "summaries"), n => Summarizer.CountForRatio(n, 0.4)), [Redundancy.None]),
};

var only = args.SkipWhile(a => a != "--task").Skip(1).FirstOrDefault();
var dropped = args.SkipWhile(a => a != "--drop").Skip(1).Select(a => a.Split(',').Select(name => Array.IndexOf(SentenceFeatures.Names, name)).ToArray()).FirstOrDefault([]);
foreach (var task in tasks.Where(t => only is null || t.Name == only))
{
    // --drop zeroes features, for measuring what each adds (a zero column gets no weight).
    var examples = task.Items.AsParallel().AsOrdered().Select(Example.Of).ToList();
    foreach (var example in examples)
    {
        for (var i = 0; i < example.Count; i++)
        {
            foreach (var k in dropped)
            {
                example.Features[(i * SentenceFeatures.Count) + k] = 0;
            }
        }
    }

    Console.WriteLine($"{task.Name}: {examples.Count} {examples[0].Item.Corpus} items");
    Report("lead", examples.Select(e => Evaluate(e, Enumerable.Range(0, e.Count).Select(i => (double)(e.Count - i)).ToArray(), Redundancy.None)));
    Report("TextRank (word overlap)", examples.Select(e => Evaluate(e, Centrality.TextRank(e.Document), Redundancy.None)));

    var best = (Score: double.MinValue, Redundancy: Redundancy.None);
    foreach (var redundancy in task.Redundancies)
    {
        var heldOut = new List<double[]>();
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Fit(examples.Where((_, i) => i % folds != fold), redundancy, l2);
            heldOut.AddRange(examples.Where((_, i) => i % folds == fold)
                .Select(e => Evaluate(e, model.Score(e.Features, e.Count), redundancy)));
        }

        var mean = Report($"held-out, redundancy {redundancy}", heldOut);
        if (mean[0] + mean[1] > best.Score)
        {
            best = (mean[0] + mean[1], redundancy);
        }
    }

    var final = Fit(examples, best.Redundancy, l2);
    Report($"in-sample, redundancy {best.Redundancy}", examples.Select(e => Evaluate(e, final.Score(e.Features, e.Count), best.Redundancy)));
    if (write)
    {
        var path = Path.Combine("src", "BriefingBot.Core", "Understanding", "Data", task.File);
        File.WriteAllLines(path, [
            $"# Summary model '{task.Name}': weights of the sentence scorer (features: SentenceFeatures.cs, form: SummaryModel.cs), a logistic",
            $"# regression on greedy-oracle labels of {task.Items.Count} {task.Items[0].Corpus} items in ../shared/eval; chosen and measured by",
            $"# {folds}-fold cross-validation. Regenerate from the repository root:",
            "#   dotnet run -c Release --project tools/BriefingBot.SummaryTraining -- ../shared/eval --write",
            .. final.Format(),
        ]);
        Console.WriteLine($"wrote {path}");
    }
}

static SummaryModel Fit(IEnumerable<Example> train, Redundancy redundancy, double l2)
{
    var rows = new List<double[]>();
    var targets = new List<double>();
    var f = SentenceFeatures.Count;
    foreach (var example in train)
    {
        for (var i = 0; i < example.Count; i++)
        {
            rows.Add(example.Features.AsSpan(i * f, f).ToArray());
            targets.Add(example.Oracle[i] ? 1 : 0);
        }
    }

    return new SummaryModel(LogisticRegression.Train(rows, targets, Enumerable.Repeat(1.0, rows.Count).ToList(), l2), redundancy);
}

static double[] Evaluate(Example example, double[] scores, Redundancy redundancy)
{
    var picked = Summarizer.Pick(example.Document, scores, Math.Min(example.Item.Budget, example.Count), redundancy);
    var system = Rouge.Tokens(string.Join("\n", picked.Select(i => example.Item.Sentences[i])));
    var reference = example.Item.ReferenceTokens;
    return [
        Rouge.N(Rouge.Grams(system, 1), Rouge.Grams(reference, 1)),
        Rouge.N(Rouge.Grams(system, 2), Rouge.Grams(reference, 2)),
        Rouge.L(system, reference),
    ];
}

static double[] Report(string label, IEnumerable<double[]> scores)
{
    var all = scores.ToList();
    var mean = Enumerable.Range(0, 3).Select(k => 100 * all.Average(s => s[k])).ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-48} R1 {mean[0]:F2}  R2 {mean[1]:F2}  RL {mean[2]:F2}  ({all.Count} items)"));
    return mean;
}

internal sealed record Task(string Name, string File, List<Item> Items, Redundancy[] Redundancies);

internal sealed record Example(Item Item, SummaryDocument Document, double[] Features, bool[] Oracle)
{
    public int Count => Item.Sentences.Count;

    public static Example Of(Item item)
    {
        var document = SummaryDocument.Build(item.Sentences, item.Title);
        return new Example(
            item,
            document,
            SentenceFeatures.Compute(document, item.Sentences, item.Budget),
            BriefingBot.SummaryTraining.Oracle.Labels(item, item.Budget));
    }
}
