using System.Text.RegularExpressions;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Infrastructure.Tests.Support;

/// <summary>Hand-built analyses: sentences split at terminal punctuation, quotes and people as the test says.</summary>
public sealed partial class AnalysisBuilder
{
    private readonly string _text;
    private readonly List<Sentence> _sentences;
    private readonly List<Person> _people = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<int> _summary = [];

    public AnalysisBuilder(string text)
    {
        _text = text;
        _sentences = SplitSentences(text);
    }

    public static ArticleAnalysis Plain(string text) => new AnalysisBuilder(text).WithSummary(0).Build();

    public AnalysisBuilder WithPerson(string fullName, string? title = null, string? role = null)
    {
        _people.Add(new Person($"p{_people.Count + 1}", fullName, title, role, []));
        return this;
    }

    /// <param name="words">Words that occur in the text; their span becomes the quote's content.</param>
    public AnalysisBuilder WithQuote(string words, string? speaker, string? role = null, double importance = 1, QuoteKind kind = QuoteKind.Direct)
    {
        var start = _text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{words}' is not in the text.", nameof(words));
        }

        var span = new TextSpan(start, start + words.Length);
        var sentence = _sentences.First(s => s.Span.Overlaps(span)).Index;
        _quotes.Add(new Quote(kind, [span], words, null, null, null, speaker, role, sentence, importance));
        return this;
    }

    public AnalysisBuilder WithSummary(params int[] sentenceIndexes)
    {
        _summary.AddRange(sentenceIndexes.Where(i => i < _sentences.Count));
        return this;
    }

    public ArticleAnalysis Build(int pipelineVersion = 1) => new(_text, _sentences, _people, _quotes, _summary, pipelineVersion);

    private static List<Sentence> SplitSentences(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            Add(start, end.Index);
            start = end.Index + end.Length;
        }

        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            if (to > from)
            {
                var span = new TextSpan(from, to);
                sentences.Add(new Sentence(sentences.Count, span, span.Slice(text)));
            }
        }
    }

    // The break after ". ", '." ', '?” ' etc.; the punctuation stays in the sentence.
    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+")]
    private static partial Regex SentenceEnd();
}
