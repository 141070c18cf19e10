using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.People;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding;

/// <summary>
/// The understanding pipeline: sentences, quotes and their speakers, people, and a short summary.
/// Pure and deterministic; bump <see cref="Version"/> whenever the output changes.
/// </summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    /// <summary>Sentences in the default summary of a news article.</summary>
    public const int DefaultSummarySentences = 3;

    // 2: summaries by the learned sentence scorer (Summaries/SummaryModel), tokenized text split at lone terminators.
    public int Version => 2;

    public ArticleAnalysis Analyze(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceSpans = SentenceSplitter.Split(text);
        var sentences = sentenceSpans.Select((s, i) => new Sentence(i, s, s.Slice(text))).ToList();
        var tokens = Tokenizer.Tokenize(text);
        var sentenceOfToken = SentenceOfToken(tokens, sentenceSpans);

        var quoted = QuotationMarks.Find(text, tokens);
        var attributions = DirectQuoteFinder.Find(text, tokens, quoted, sentenceOfToken);
        AddIndirect(tokens, sentenceOfToken, attributions);
        attributions.Sort((a, b) => a.Content[0].Start.CompareTo(b.Content[0].Start));

        var runs = NameRunFinder.Find(tokens);
        var resolver = new PeopleResolver(text, tokens);
        var (people, quotes) = resolver.Resolve(
            runs,
            attributions,
            (a, role, sentence) => QuoteImportance.Score(
                a.Kind, a.Speaker is not null, role.Length > 0, CountWords(text, a), sentence, sentences.Count),
            offset => SentenceAt(sentenceSpans, offset));

        var summary = Summary(sentences, title);
        return new ArticleAnalysis(text, sentences, people, quotes, summary, Version);
    }

    /// <summary>
    /// The default summary draws on body sentences only: page furniture ("Newsroom logo", "Last update: ..."),
    /// headlines and captions are short or lack a full stop, and would otherwise win on word overlap.
    /// </summary>
    private static IReadOnlyList<int> Summary(List<Sentence> sentences, string? title)
    {
        var candidates = sentences.Where(IsBodySentence).ToList();
        if (candidates.Count < DefaultSummarySentences)
        {
            candidates = sentences;
        }

        var picked = Summarizer.Select(candidates.Select(s => s.Text).ToList(), DefaultSummarySentences, title);
        return picked.Select(i => candidates[i].Index).ToList();
    }

    private static bool IsBodySentence(Sentence sentence)
    {
        var text = sentence.Text.TrimEnd('"', '\u201d', '\u2019', '\'', ')');
        if (text.Length == 0 || text[^1] is not ('.' or '!' or '?'))
        {
            return false;
        }

        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words >= 6;
    }

    private static void AddIndirect(List<Token> tokens, int[] sentenceOfToken, List<Attribution> attributions)
    {
        var direct = attributions.ToList();
        var start = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && sentenceOfToken[k] == sentenceOfToken[start])
            {
                continue;
            }

            foreach (var found in IndirectSpeechFinder.Find(tokens, start, k).Concat(start == 0 ? SpeakerTurnFinder.Find(tokens) : []))
            {
                // Reported speech that overlaps an attributed direct quote or its cue is that quote's frame;
                // an unattributed quotation it overlaps is part of it ("X says it is “a disaster”", "PENCE: ...").
                var clashes = direct.Where(d => d.Content.Any(c => found.Content.Any(f => f.Overlaps(c)))
                    || (d.Cue is { } cue && found.Cue is { } fc && cue.Overlaps(fc))).ToList();
                if (clashes.All(d => d.Cue is null && d.Speaker is null && d.Content.All(c => found.Content.Any(f => f.Start <= c.Start + 1 + Math.Min(40, c.Length / 4) && c.End <= f.End + 1))))
                {
                    foreach (var d in clashes)
                    {
                        attributions.Remove(d);
                        direct.Remove(d);
                    }

                    attributions.Add(found);
                }
            }

            start = k;
        }
    }

    private static int[] SentenceOfToken(List<Token> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var result = new int[tokens.Count];
        var s = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            while (s + 1 < sentences.Count && tokens[k].Start >= sentences[s + 1].Start)
            {
                s++;
            }

            // Line breaks belong to no sentence's words but must separate them.
            result[k] = tokens[k].Kind == TokenKind.LineBreak ? -1 - k : s;
        }

        return result;
    }

    private static int SentenceAt(IReadOnlyList<TextSpan> sentences, int offset)
    {
        var lo = 0;
        var hi = sentences.Count - 1;
        var best = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Start <= offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best;
    }

    private static int CountWords(string text, Attribution attribution)
    {
        var words = 0;
        foreach (var piece in attribution.Content)
        {
            var inWord = false;
            for (var i = piece.Start; i < piece.End; i++)
            {
                var letter = char.IsLetterOrDigit(text[i]);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }
        }

        return words;
    }
}
