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

        return new Reply(
            $"What I found on \u201c{query}\u201d",
            articles.Count > 0 && articles[0].Summary.Count > 0 ? [articles[0].Summary[0]] : [],
            quotes.Select(ReplyParts.ToReplyQuote).ToList(),
            articles.Select(ReplyParts.ToCitation).ToList(),
            articles.Select(a => $"summarize {a.Title}").Take(2).ToList());
    }
}
