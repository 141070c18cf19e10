using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>
/// "What's new in Armenia?", "what's new on rail links?", "brief me on the Balkans": a region or country gets
/// its briefing; a topic (or a place with nothing in the briefing window) gets the newest articles about it,
/// each with its summary and citation. Chat and the CLI answer alike.
/// </summary>
internal sealed class WhatsNewAnswer(AnswerContext context, Briefer? briefer, TimeProvider time)
{
    private const int PageSize = 3;

    // Newest articles read per page; enough to skip a few pages of "more".
    private const int CandidateArticles = 30;

    private const int SummarySentences = 2;

    public async Task<Answer> AnswerAsync(string subject, int skip, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return new Answer(Reply.Text("What's new where?", "Name a region, a country or a topic: \u201cwhat's new in Armenia?\u201d, \u201cwhat's new on rail links?\u201d."));
        }

        string? lead = null;
        if (briefer is not null && skip == 0 && await briefer.FindAreaAsync(subject, cancellationToken) is { } area)
        {
            var briefing = BriefingReply.From(await briefer.ComposeAsync(area, time.GetUtcNow(), cancellationToken: cancellationToken));
            if (briefing.Sections.Count > 0)
            {
                // "More" after a briefing lists the place's articles after as many as the briefing showed.
                return new Answer(briefing, briefing.Sections.Count);
            }

            // Nothing in the briefing window: say so, then give the latest there is.
            lead = briefing.Paragraphs.FirstOrDefault();
        }

        var articles = await context.Archive.SearchRecentArticlesAsync(subject, CandidateArticles + skip, cancellationToken);
        if (articles.Count == 0)
        {
            // No article has every word: take those that have most of them, newest first.
            var matcher = new TopicMatcher(subject);
            var loose = await context.Archive.SearchArticlesAsync(subject, CandidateArticles, cancellationToken);
            articles = loose
                .Where(a => matcher.Score(a.Title + " " + string.Join(' ', a.Summary)) >= 0.5)
                .OrderByDescending(a => a.PublishedAt ?? a.IngestedAt)
                .ToList();
        }

        var page = articles.Skip(skip).Take(PageSize).ToList();
        if (page.Count == 0)
        {
            if (skip > 0)
            {
                return new Answer(Reply.Text($"That is all I have on {subject}", $"I have no older article on {subject}."));
            }

            var nothing = $"I have not read anything on {subject}. Try a region or country (\u201cwhat's new in the South Caucasus?\u201d) or other words.";
            return new Answer(new Reply(
                $"Nothing new on {subject}",
                lead is null ? [nothing] : [lead, nothing],
                [],
                [],
                await context.ExampleQuestionsAsync(cancellationToken)));
        }

        var paragraphs = new List<string>();
        if (lead is not null)
        {
            paragraphs.Add(lead + " The latest I have read:");
        }

        var more = articles.Count - skip - page.Count;
        if (more > 0)
        {
            paragraphs.Add($"Newest first; say \u201cmore\u201d for older articles.");
        }

        return new Answer(
            new Reply($"What's new on {subject}", paragraphs, [], [], page.Skip(1).Take(1).Select(a => $"summarize {a.Title}").ToList())
            {
                Sections = page.Select(a => new ReplySection(
                    a.Title,
                    a.Summary.Count > 0 ? [string.Join(' ', a.Summary.Take(SummarySentences))] : [],
                    [],
                    [ReplyParts.ToCitation(a)])).ToList(),
            },
            page.Count);
    }
}
