using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Infrastructure.Ingestion;

namespace BriefingBot.SummaryTraining;

/// <summary>One article with its reference summary and the length of summary asked of it.</summary>
internal sealed record Item(string Corpus, string Name, IReadOnlyList<string> Sentences, string? Title, string Reference, int Budget)
{
    public string[] ReferenceTokens { get; } = Rouge.Tokens(Reference);
}

/// <summary>The evaluation sets, read the way `BriefingBot summarize` reads its inputs.</summary>
internal static class Corpus
{
    public static List<Item> Load(string name, string articles, string references, Func<int, int> budget)
    {
        var extractor = new ArticleExtractor();
        var items = new List<Item>();
        foreach (var path in Directory.EnumerateFiles(articles, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(articles, path);
            var document = extractor.ExtractText(File.ReadAllText(path), Path.GetFileName(path));
            var sentences = SentenceSplitter.Split(document.Body).Select(s => s.Slice(document.Body)).ToList();
            var reference = File.ReadAllText(Path.Combine(references, relative));
            items.Add(new Item(name, relative, sentences, document.Title, reference, budget(sentences.Count)));
        }

        return items;
    }
}
