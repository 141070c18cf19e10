using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding.People;
using BriefingBot.Core.Understanding.Quotes;
using BriefingBot.Core.Understanding.Quotes.Learned;
using BriefingBot.Core.Understanding.Sentences;
using BriefingBot.Core.Understanding.Summaries;

namespace BriefingBot.Core.Understanding;

/// <summary>
/// The understanding pipeline: sentences, quotes and their speakers, people, and a short summary.
/// Pure and deterministic; bump <see cref="Version"/> whenever the output changes.
/// </summary>
public sealed class ArticleAnalyzer : IArticleAnalyzer
{
    /// <summary>Sentences in the default summary of a news article.</summary>
    public const int DefaultSummarySentences = 3;

    // 2: learned quote models (Quotes/Learned). 3: summaries by the learned sentence scorer (Summaries/SummaryModel),
    // tokenized text split at lone terminators. 4: quote speakers and spans (coordinated reports, loose frames).
    // 7: roles from appositives without an article. 8: quote speakers re-ranked and filled by the learned speaker
    // model (Quotes/Learned/SpeakerModel).
    // 9: direct quote content (frame pieces, reported clauses ending in quoted words) and retrained quote models.
    // 10: legislators' party and state tags ("(R-S.C.)") are no names.
    // 12: quotations joined to the clause that hands over to them, to the paragraph quote they continue and to the
    // report that opens their sentence; quoting reports inside longer ones reported once; quote models retrained.
    public int Version => 12;

    public ArticleAnalysis Analyze(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentenceSpans = SentenceSplitter.Split(text);
        var sentences = sentenceSpans.Select((s, i) => new Sentence(i, s, s.Slice(text))).ToList();
        var (tokens, attributions) = AttributionFinder.Find(text, sentenceSpans, FragmentModel.Shipped, CueModel.Shipped, SpeakerModel.Shipped);

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
