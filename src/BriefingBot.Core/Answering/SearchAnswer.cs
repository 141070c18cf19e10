using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>Anything else: quotes and articles that match the words, or a plain "I don't know".</summary>
internal sealed class SearchAnswer(AnswerContext context)
{
    /// <param name="skip">Results already shown ("more" in a conversation): quotes and articles start after them.</param>
    public async Task<Reply> AnswerAsync(string query, int skip, CancellationToken cancellationToken)
    {
        var quotes = (await context.Archive.SearchQuotesAsync(query, context.Options.MaxQuotes + skip, cancellationToken)).Skip(skip).ToList();
        var articles = (await context.Archive.SearchArticlesAsync(query, 3 + skip, cancellationToken)).Skip(skip).ToList();
        if (skip > 0 && quotes.Count == 0 && articles.Count == 0)
        {
            return Reply.Text($"That is all I have on \u201c{query}\u201d", "Try other words, or ask about a person or a place.");
        }

        if (quotes.Count == 0 && articles.Count == 0)
        {
            return new Reply(
                "I don't know that one yet",
                ["I could not find anything on that in the news I have read. I answer questions like the ones below; type \u201chelp\u201d for more."],
                [],
                [],
                await context.ExampleQuestionsAsync(cancellationToken));
        }

        // Below the bar (most of the question's words), what was found is offered as a lead, never as the answer.
        var matcher = new TopicMatcher(query);
        var bar = Bar(query);
        var found = (Quotes: quotes, Articles: articles);
        quotes = quotes.Where(q => matcher.Score(q.Text + " " + q.Context) >= bar).ToList();
        articles = articles.Where(a => matcher.Score(a.Title + " " + a.Body) >= bar).ToList();
        if (quotes.Count == 0 && articles.Count == 0)
        {
            var leads = found.Articles.Concat(found.Quotes.Select(q => q.Article)).DistinctBy(a => a.Id).Take(2).ToList();
            return new Reply(
                $"I am not sure I have anything on \u201c{query}\u201d",
                ["Nothing I have read matches most of its words. These share some of them; ask with other words, or with a name, a place or an event (type \u201chelp\u201d)."],
                [],
                leads.Select(ReplyParts.ToCitation).ToList(),
                leads.Select(a => $"summarize {a.Title}").ToList());
        }

        return new Reply(
            $"What I found on \u201c{query}\u201d",
            articles.Count > 0 && articles[0].Summary.Count > 0 ? [articles[0].Summary[0]] : [],
            quotes.Select(ReplyParts.ToReplyQuote).ToList(),
            articles.Select(ReplyParts.ToCitation).ToList(),
            articles.Select(a => $"summarize {a.Title}").Take(2).ToList());
    }

    // The share of the question's content words a passage must have: all of one or two, three of four or five.
    private static double Bar(string query)
    {
        var words = TopicMatcher.Stems(query).Distinct().Count();
        return words == 0 ? 0 : Math.Ceiling(0.6 * words) / words;
    }
}
