using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Answers chat questions from the archive with the articles' own words and a citation.
/// It never invents: when nothing fits, it says so and suggests how to ask.
/// </summary>
public sealed class Answerer(IArchive archive, AnswerOptions options) : IAnswerer
{
    // How many candidates to read before ranking; enough for a speaker quoted across many articles.
    private const int CandidateQuotes = 200;

    public async Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default)
    {
        var question = QuestionParser.Parse(message);
        return question.Kind switch
        {
            QuestionKind.Help => await HelpAsync(cancellationToken),
            QuestionKind.SpeakerQuotes => await SpeakerQuotesAsync(question, cancellationToken),
            QuestionKind.WhoIs => await WhoIsAsync(question, cancellationToken),
            QuestionKind.Summarize => await SummarizeAsync(question.Subject, cancellationToken),
            _ => await SearchAsync(question.Subject, cancellationToken),
        };
    }

    private async Task<Reply> HelpAsync(CancellationToken cancellationToken)
    {
        var count = await archive.CountArticlesAsync(cancellationToken);
        var examples = await ExampleQuestionsAsync(cancellationToken);
        return new Reply(
            "BriefingBot: who said what in the news",
            [
                $"I have read {Articles(count)}. Ask me who said what, and I answer with the exact words, the speaker and the article.",
                "You can ask: \u201cwhat did <name> say?\u201d, \u201cwhat did <name> say about <topic>?\u201d, \u201cwho is <name>?\u201d, \u201csummarize <topic or title>\u201d, or just type a topic to search.",
            ],
            [],
            [],
            examples);
    }

    private async Task<Reply> SpeakerQuotesAsync(Question question, CancellationToken cancellationToken)
    {
        var name = AskedName.WithoutTitles(question.Subject);
        var quotes = await archive.FindQuotesBySpeakerAsync(name, CandidateQuotes, cancellationToken);
        if (quotes.Count == 0)
        {
            return await NoQuotesAsync(question.Subject, cancellationToken);
        }

        var speakers = Speaker.Group(quotes);
        if (speakers.Count > 1 && !speakers.Any(sp => NameKey.Normalize(sp.Name) == NameKey.Normalize(name)))
        {
            var names = speakers.Select(sp => Describe(sp.Name, sp.Role)).ToList();
            return new Reply(
                $"Which {question.Subject} do you mean?",
                [$"I have quotes from {names.Count} people named {question.Subject}: {string.Join("; ", names)}."],
                [],
                [],
                speakers.Select(sp => Ask(sp.Name, question.Topic)).ToList());
        }

        var speaker = speakers.Count == 1
            ? speakers[0]
            : speakers.First(sp => NameKey.Normalize(sp.Name) == NameKey.Normalize(name));
        quotes = speaker.Quotes;
        var topic = new TopicMatcher(question.Topic);
        var ranked = quotes
            .Select(q => (Quote: q, Relevance: topic.Score(q.Text + " " + q.Context)))
            .ToList();
        var paragraphs = new List<string>();
        if (!topic.IsEmpty)
        {
            if (ranked.All(r => r.Relevance == 0))
            {
                paragraphs.Add($"I found nothing {speaker.Name} said about {question.Topic}. Here is what else they said.");
            }
            else
            {
                ranked = ranked.Where(r => r.Relevance > 0).ToList();
            }
        }

        var chosen = ranked
            .OrderByDescending(r => r.Relevance)
            .ThenByDescending(r => r.Quote.Kind == Understanding.QuoteKind.Direct)
            .ThenByDescending(r => r.Quote.Article.PublishedAt ?? r.Quote.Article.IngestedAt)
            .ThenByDescending(r => r.Quote.Importance)
            .Take(options.MaxQuotes)
            .Select(r => r.Quote)
            .ToList();
        var more = quotes.Count - chosen.Count;
        if (more > 0)
        {
            paragraphs.Add($"{more} more {(more == 1 ? "quote" : "quotes")} from {speaker.Name} in the archive.");
        }

        return new Reply(
            Describe(speaker.Name, speaker.Role),
            paragraphs,
            chosen.Select(q => ToReplyQuote(q) with { Speaker = speaker.Name, SpeakerRole = speaker.Role }).ToList(),
            [],
            [$"who is {speaker.Name}?", $"summarize {chosen[0].Article.Title}"]);
    }

    private async Task<Reply> NoQuotesAsync(string name, CancellationToken cancellationToken)
    {
        var people = await archive.FindPeopleAsync(name, 5, cancellationToken);
        var examples = await ExampleQuestionsAsync(cancellationToken);
        if (people.Count > 0)
        {
            var person = people[0];
            var article = await archive.GetArticleAsync(person.ArticleId, cancellationToken);
            return new Reply(
                Describe(person.FullName, person.Role),
                [$"{person.FullName} is mentioned, but I have no quotes from them."],
                [],
                article is null ? [] : [ToCitation(article)],
                examples);
        }

        return new Reply(
            $"No quotes from {name}",
            [$"I have not read anything that {name} said. Check the spelling, try the surname alone, or ask about someone I have quotes from."],
            [],
            [],
            examples);
    }

    private async Task<Reply> WhoIsAsync(Question question, CancellationToken cancellationToken)
    {
        var people = await archive.FindPeopleAsync(AskedName.WithoutTitles(question.Subject), 20, cancellationToken);
        if (people.Count == 0)
        {
            return await SearchAsync(question.Subject, cancellationToken);
        }

        var person = people
            .GroupBy(p => NameKey.Normalize(p.FullName))
            .OrderByDescending(g => g.Count(p => p.Role is not null))
            .ThenByDescending(g => g.Count())
            .First()
            .OrderByDescending(p => p.Role?.Length ?? 0)
            .First();
        var article = await archive.GetArticleAsync(person.ArticleId, cancellationToken);
        var paragraph = person.Role is null
            ? $"{person.FullName} appears in the news I have read, without a stated role."
            : $"{person.FullName} is {WithArticle(person.Role)}.";
        return new Reply(
            person.FullName,
            [paragraph],
            [],
            article is null ? [] : [ToCitation(article)],
            [Ask(person.FullName, null)]);
    }

    private async Task<Reply> SummarizeAsync(string subject, CancellationToken cancellationToken)
    {
        var articles = string.IsNullOrWhiteSpace(subject)
            ? await archive.LatestArticlesAsync(3, cancellationToken)
            : await archive.SearchArticlesAsync(subject, 3, cancellationToken);
        if (articles.Count == 0)
        {
            return new Reply(
                string.IsNullOrWhiteSpace(subject) ? "Nothing to summarize yet" : $"Nothing found on {subject}",
                [string.IsNullOrWhiteSpace(subject)
                    ? "I have not read any articles yet. An admin can add some with the ingest command."
                    : $"I have not read an article about {subject}. Try other words, or a title."],
                [],
                [],
                await ExampleQuestionsAsync(cancellationToken));
        }

        var article = articles[0];
        var summary = article.Summary.Take(options.SummarySentences).ToList();
        return new Reply(
            article.Title,
            summary.Count > 0 ? [string.Join(" ", summary)] : ["This article has no summary."],
            [],
            [ToCitation(article)],
            articles.Skip(1).Select(a => $"summarize {a.Title}").ToList());
    }

    private async Task<Reply> SearchAsync(string query, CancellationToken cancellationToken)
    {
        var quotes = await archive.SearchQuotesAsync(query, options.MaxQuotes, cancellationToken);
        var articles = await archive.SearchArticlesAsync(query, 3, cancellationToken);
        if (quotes.Count == 0 && articles.Count == 0)
        {
            return new Reply(
                "I don't know that one yet",
                ["I could not find anything on that in the news I have read. I answer questions like the ones below; type \u201chelp\u201d for more."],
                [],
                [],
                await ExampleQuestionsAsync(cancellationToken));
        }

        return new Reply(
            $"What I found on \u201c{query}\u201d",
            articles.Count > 0 && articles[0].Summary.Count > 0 ? [articles[0].Summary[0]] : [],
            quotes.Select(ToReplyQuote).ToList(),
            articles.Select(ToCitation).ToList(),
            articles.Select(a => $"summarize {a.Title}").Take(2).ToList());
    }

    // Questions that work on this archive: about the speakers and the story of the latest articles.
    private async Task<IReadOnlyList<string>> ExampleQuestionsAsync(CancellationToken cancellationToken)
    {
        var quotes = await archive.LatestQuotesAsync(20, cancellationToken);
        var speakers = quotes
            .Select(q => Surname(q.SpeakerName!))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(2)
            .Select(surname => $"what did {surname} say?");
        var latest = await archive.LatestArticlesAsync(1, cancellationToken);
        var summary = latest.Select(a => $"summarize {a.Title}");
        var examples = speakers.Concat(summary).ToList();
        return examples.Count > 0 ? examples : ["help"];
    }

    private static ReplyQuote ToReplyQuote(StoredQuote quote) => new(
        quote.Text,
        quote.SpeakerName ?? "Unnamed speaker",
        quote.SpeakerRole,
        quote.Kind == Understanding.QuoteKind.Direct,
        ToCitation(quote.Article));

    private static Citation ToCitation(StoredArticle article) =>
        new(article.Title, article.SourceName, article.PublishedAt, article.Url);

    private static string Describe(string name, string? role) =>
        string.IsNullOrWhiteSpace(role) ? name : $"{name}, {role}";

    private static string Ask(string name, string? topic) =>
        topic is null ? $"what did {name} say?" : $"what did {name} say about {topic}?";

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static string Articles(int count) => count == 1 ? "1 article" : $"{count} articles";

    // "Turkey's foreign minister" reads as is; "research fellow at X" wants "a".
    private static string WithArticle(string role)
    {
        var first = role.Split(' ', 2)[0];
        var startsWithDeterminer = first is "a" or "an" or "the" or "A" or "An" or "The" || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal);
        if (startsWithDeterminer)
        {
            return role;
        }

        return ("aeiouAEIOU".Contains(first[0]) ? "an " : "a ") + role;
    }
}
