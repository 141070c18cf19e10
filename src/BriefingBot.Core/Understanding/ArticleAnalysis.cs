using BriefingBot.Core.Geography;

namespace BriefingBot.Core.Understanding;

/// <summary>
/// What the understanding pipeline found in one text. All spans are offsets into <see cref="Text"/>.
/// </summary>
public sealed record ArticleAnalysis(
    string Text,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<Person> People,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<int> SummarySentenceIndexes,
    int PipelineVersion)
{
    /// <summary>The countries and regions the article is about; set at ingestion, where the source's region is known.</summary>
    public ArticleGeography Places { get; init; } = ArticleGeography.Empty;

    /// <summary>The summary sentences in article order.</summary>
    public IEnumerable<string> SummarySentences => SummarySentenceIndexes.Select(i => Sentences[i].Text);

    public Person? FindPerson(string? id) => id is null ? null : People.FirstOrDefault(p => p.Id == id);
}
