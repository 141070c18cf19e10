using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>"Summarize X": the summary of the best-matching article, or of the latest one.</summary>
internal sealed class SummaryAnswer(AnswerContext context)
{
    public async Task<Reply> AnswerAsync(string subject, CancellationToken cancellationToken)
    {
        var articles = string.IsNullOrWhiteSpace(subject)
            ? await context.Archive.LatestArticlesAsync(3, cancellationToken)
            : await context.Archive.SearchArticlesAsync(subject, 3, cancellationToken);
        if (articles.Count == 0)
        {
            return new Reply(
                string.IsNullOrWhiteSpace(subject) ? "Nothing to summarize yet" : $"Nothing found on {subject}",
                [string.IsNullOrWhiteSpace(subject)
                    ? "I have not read any articles yet. An admin can add some with the ingest command."
                    : $"I have not read an article about {subject}. Try other words, or a title."],
                [],
                [],
                await context.ExampleQuestionsAsync(cancellationToken));
        }

        var article = articles[0];
        var summary = article.Summary.Take(context.Options.SummarySentences).ToList();
        return new Reply(
            article.Title,
            summary.Count > 0 ? [string.Join(" ", summary)] : ["This article has no summary."],
            [],
            [ReplyParts.ToCitation(article)],
            articles.Skip(1).Select(a => $"summarize {a.Title}").ToList());
    }
}
