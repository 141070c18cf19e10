using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Who said "a phrase"? The quotes that hold the phrase word for word; failing that, quotes with nearly all
/// its words; failing that, the sentence of an article that has it, said plainly as not being a quote.
/// </summary>
internal sealed class WhoSaidAnswer(AnswerContext context)
{
    private const int Candidates = 20;

    // A quote without the exact phrase still counts when it has this share of its words.
    private const double NearlyAll = 0.8;

    public async Task<Answer> AnswerAsync(string phrase, CancellationToken cancellationToken)
    {
        phrase = phrase.Trim().Trim('"', '\'', '\u201c', '\u201d').Trim();
        if (NameKey.Tokens(phrase).Length == 0)
        {
            return new Answer(Reply.Text("Who said what?", "Give the words in quotation marks: who said \u201cten hours is too long\u201d?"));
        }

        var quotes = await context.Archive.FindQuotesWithPhraseAsync(phrase, Candidates, cancellationToken);
        if (quotes.Count == 0)
        {
            var matcher = new TopicMatcher(phrase);
            quotes = (await context.Archive.SearchQuotesAsync(phrase, Candidates, cancellationToken))
                .Where(q => matcher.Score(q.Text) >= NearlyAll)
                .ToList();
        }

        if (quotes.Count == 0)
        {
            return new Answer(await NotQuotedAsync(phrase, cancellationToken));
        }

        // The named speakers first; the earliest publication is who said it first.
        var ordered = quotes
            .OrderByDescending(q => q.SpeakerName is not null)
            .ThenBy(q => q.Article.PublishedAt ?? q.Article.IngestedAt)
            .ToList();
        // "Cavusoglu" and "Mevlut Cavusoglu" quoted with the same words are one person, not two.
        var speakers = Speaker.Group(ordered.Where(q => q.SpeakerName is not null));
        var first = ordered[0];
        var who = first.SpeakerName ?? "An unnamed speaker";
        var paragraphs = new List<string>();
        if (speakers.Count > 1)
        {
            paragraphs.Add($"{speakers.Count} people are quoted with these words: {string.Join("; ", speakers.Select(s => ReplyParts.Describe(s.Name, s.Role)))}.");
        }

        var shown = ordered.Take(context.Options.MaxQuotes).Select(ReplyParts.ToReplyQuote).ToList();
        return new Answer(
            new Reply(
                $"{who} said it",
                paragraphs,
                shown,
                [],
                first.SpeakerName is null ? [$"summarize {first.Article.Title}"] : [$"who is {first.SpeakerName}?", $"what else did {first.SpeakerName} say?"]),
            shown.Count,
            first.SpeakerName);
    }

    // Not in any quote: an article may still have the words (in the reporter's voice, or a quote not recognised).
    private async Task<Reply> NotQuotedAsync(string phrase, CancellationToken cancellationToken)
    {
        var key = " " + NameKey.Normalize(phrase) + " ";
        foreach (var article in await context.Archive.SearchArticlesAsync(phrase, 5, cancellationToken))
        {
            var sentence = EventSentences.Of(article).FirstOrDefault(s => (" " + NameKey.Normalize(s) + " ").Contains(key, StringComparison.Ordinal));
            if (sentence is not null)
            {
                return new Reply(
                    "I have no quote with those words",
                    ["They appear in this article, but I could not tell who said them:", sentence],
                    [],
                    [ReplyParts.ToCitation(article)],
                    [$"summarize {article.Title}"]);
            }
        }

        return new Reply(
            "I have no quote with those words",
            ["Nobody I have read is quoted saying that. Check the wording, or ask with fewer words."],
            [],
            [],
            await context.ExampleQuestionsAsync(cancellationToken));
    }
}
