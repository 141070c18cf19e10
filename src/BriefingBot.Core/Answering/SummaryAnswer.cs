using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>"Summarize X": the summary of the best-matching article, or of the latest one.</summary>
internal sealed class SummaryAnswer(AnswerContext context)
{
    /// <param name="skip">Articles already summarized ("more" in a conversation): the answer takes the next one.</param>
    public async Task<Reply> AnswerAsync(string subject, int skip, CancellationToken cancellationToken)
    {
        var found = string.IsNullOrWhiteSpace(subject)
            ? await context.Archive.LatestArticlesAsync(3 + skip, cancellationToken)
            : await context.Archive.SearchArticlesAsync(subject, 3 + skip, cancellationToken);
        if (skip > 0 && found.Count <= skip)
        {
            return Reply.Text("That is all I have", string.IsNullOrWhiteSpace(subject) ? "I have no other article." : $"I have no other article on {subject}.");
        }

        var articles = found.Skip(skip).ToList();
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
