using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>
/// "What happened at the Baku meeting?": the summary of the article that is most about the event, newest
/// first among equals. "More" gives the next article about it.
/// </summary>
internal sealed class WhatHappenedAnswer(AnswerContext context)
{
    private const int CandidateArticles = 10;

    // The article (title, summary and body) must name this share of the event's words to be about it.
    private const double MinRelevance = 0.6;

    public async Task<Answer> AnswerAsync(Question question, int skip, CancellationToken cancellationToken)
    {
        var core = EventWords.Core(question.Subject);
        var matcher = new TopicMatcher(core);
        var candidates = await context.Archive.SearchArticlesAsync(core, CandidateArticles + skip, cancellationToken);
        var ranked = candidates
            .Select(a => (Article: a, Headline: matcher.Score(a.Title + " " + string.Join(' ', a.Summary)), Body: matcher.Score(a.Title + " " + a.Body)))
            .Where(c => c.Body >= MinRelevance)
            .OrderByDescending(c => (0.6 * c.Headline) + (0.4 * c.Body))
            .ThenByDescending(c => c.Article.PublishedAt ?? c.Article.IngestedAt)
            .Select(c => c.Article)
            .ToList();

        if (ranked.Count <= skip)
        {
            return new Answer(skip > 0
                ? Reply.Text($"That is all I have on {question.Subject}", $"I have no other article about {question.Subject}.")
                : await NotFoundAsync(question.Subject, candidates, cancellationToken));
        }

        var article = ranked[skip];
        var summary = article.Summary.Take(context.Options.SummarySentences).ToList();
        var others = ranked.Count - skip - 1;
        var paragraphs = new List<string> { summary.Count > 0 ? string.Join(' ', summary) : article.Title };
        if (others > 0)
        {
            paragraphs.Add(ReplyParts.MoreHint(others, "article", "articles", $" on {question.Subject}"));
        }

        return new Answer(
            new Reply(article.Title, paragraphs, [], [ReplyParts.ToCitation(article)], [$"what's new on {core}?"]),
            1);
    }

    private async Task<Reply> NotFoundAsync(string subject, IReadOnlyList<StoredArticle> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count == 0)
        {
            return new Reply(
                $"Nothing found on {subject}",
                [$"I have not read about {subject}. Try the event's main words, e.g. \u201cwhat happened at the Baku meeting?\u201d."],
                [],
                [],
                await context.ExampleQuestionsAsync(cancellationToken));
        }

        // Articles share some words with the question, but none is clearly about the event: say so, show them.
        return new Reply(
            $"I am not sure which event you mean by {subject}",
            ["No article I have read is clearly about it. These share some of its words; ask with other words, or summarize one of them."],
            [],
            candidates.Take(2).Select(ReplyParts.ToCitation).ToList(),
            candidates.Take(2).Select(a => $"summarize {a.Title}").ToList());
    }
}
