using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>
/// "When is the next trilateral meeting?", "where will the next meeting take place?": the one sentence of
/// the archive that names the event and says when (or where), word for word, with its article.
/// </summary>
internal sealed class WhenWhereAnswer(AnswerContext context)
{
    // Articles read sentence by sentence: the best few by the event's words.
    private const int CandidateArticles = 8;

    // A sentence must name at least this share of the event's words (after "next", "the" etc. are dropped).
    private const double MinRelevance = 0.5;

    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var when = question.Kind == QuestionKind.When;
        var core = EventWords.Core(question.Subject);
        var ahead = EventWords.LooksAhead(question.Subject);
        var matcher = new TopicMatcher(core);
        var articles = await context.Archive.SearchArticlesAsync(core, CandidateArticles, cancellationToken);

        var best = articles
            .SelectMany((article, rank) => EventSentences.Of(article).Select(sentence => (Article: article, Rank: rank, Sentence: sentence)))
            .Select(c => (c.Article, c.Sentence, Relevance: matcher.Score(c.Sentence), Says: when ? (EventSentences.SaysWhen(c.Sentence) ? 1.0 : 0) : EventSentences.SaysWhere(c.Sentence), c.Rank))
            .Where(c => c.Relevance >= MinRelevance && c.Says > 0)
            .OrderByDescending(c => c.Relevance + c.Says + (ahead && EventSentences.LooksAhead(c.Sentence) ? 0.5 : 0) - (0.05 * c.Rank))
            .ThenByDescending(c => c.Article.PublishedAt ?? c.Article.IngestedAt)
            .FirstOrDefault();

        var label = when ? "When" : "Where";
        if (best.Article is null)
        {
            return new Answer(await NotFoundAsync(question, when, articles, cancellationToken));
        }

        return new Answer(
            new Reply(
                $"{label}: {question.Subject}",
                [best.Sentence],
                [],
                [ReplyParts.ToCitation(best.Article)],
                [when ? $"where is the {question.Subject}?" : $"when is the {question.Subject}?", $"summarize {best.Article.Title}"]),
            1);
    }

    private async Task<Reply> NotFoundAsync(Question question, bool when, IReadOnlyList<StoredArticle> articles, CancellationToken cancellationToken)
    {
        var what = when ? "when" : "where";
        if (articles.Count == 0)
        {
            return new Reply(
                $"Nothing found on {question.Subject}",
                [$"I have not read about {question.Subject}. Try the event's main words, e.g. \u201c{what} is the Baku summit?\u201d."],
                [],
                [],
                await context.ExampleQuestionsAsync(cancellationToken));
        }

        return new Reply(
            $"I found no {(when ? "date" : "place")} for {question.Subject}",
            [$"No sentence I have read about {question.Subject} says {what}. These articles may help."],
            [],
            articles.Take(2).Select(ReplyParts.ToCitation).ToList(),
            [$"what happened at {question.Subject}?", $"summarize {articles[0].Title}"]);
    }
}
