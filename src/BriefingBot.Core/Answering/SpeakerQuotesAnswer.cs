using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>"What did X say (about Y)?": the exact words of one person, most relevant first.</summary>
internal sealed class SpeakerQuotesAnswer(AnswerContext context)
{
    // How many candidates to read before ranking; enough for a speaker quoted across many articles.
    private const int CandidateQuotes = 200;

    /// <param name="skip">Quotes already shown ("more" in a conversation): the answer starts after them.</param>
    public async Task<Reply> AnswerAsync(Question question, int skip, CancellationToken cancellationToken)
    {
        var name = AskedName.WithoutTitles(question.Subject);
        var quotes = await FindQuotesAsync(name, cancellationToken);
        if (quotes.Count == 0)
        {
            return await NoQuotesAsync(question.Subject, cancellationToken);
        }

        var speakers = BySurname(ByTitle(Speaker.Group(quotes), question.Subject, name), name);
        if (speakers.Count > 1 && !speakers.Any(sp => NameKey.Normalize(sp.Name) == NameKey.Normalize(name)))
        {
            var names = speakers.Select(sp => ReplyParts.Describe(sp.Name, sp.Role)).ToList();
            return new Reply(
                $"Which {question.Subject} do you mean?",
                [$"I have quotes from {names.Count} people named {question.Subject}: {string.Join("; ", names)}."],
                [],
                [],
                speakers.Select(sp => ReplyParts.Ask(sp.Name, question.Topic)).ToList());
        }

        var speaker = speakers.Count == 1
            ? speakers[0]
            : speakers.First(sp => NameKey.Normalize(sp.Name) == NameKey.Normalize(name));
        quotes = speaker.Quotes;
        var topic = new TopicMatcher(question.Topic, related: true);
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
            .Skip(skip)
            .Take(context.Options.MaxQuotes)
            .Select(r => r.Quote)
            .ToList();
        if (chosen.Count == 0)
        {
            return Reply.Text($"That is all I have from {speaker.Name}", $"I have shown every quote from {speaker.Name} I have read.");
        }

        var more = ranked.Count - skip - chosen.Count;
        if (more > 0)
        {
            paragraphs.Add(ReplyParts.MoreHint(more, "quote", "quotes", $" from {speaker.Name} in the archive"));
        }

        return new Reply(
            ReplyParts.Describe(speaker.Name, speaker.Role),
            paragraphs,
            chosen.Select(q => ReplyParts.ToReplyQuote(q) with { Speaker = speaker.Name, SpeakerRole = speaker.Role }).ToList(),
            [],
            [$"who is {speaker.Name}?", $"summarize {chosen[0].Article.Title}"]);
    }

    private async Task<IReadOnlyList<Archive.StoredQuote>> FindQuotesAsync(string name, CancellationToken cancellationToken)
    {
        var quotes = await SpelledNameLookup.FindAsync(
            name,
            spelling => context.Archive.FindQuotesBySpeakerAsync(spelling, CandidateQuotes, cancellationToken),
            q => q.SpeakerName);
        return quotes.DistinctBy(q => q.Id).OrderByDescending(q => q.Importance).ToList();
    }

    // One word asked is a surname first: "what did Bryan say?" means Craig Bryan rather than Bryan Pagliano.
    private static IReadOnlyList<Speaker> BySurname(IReadOnlyList<Speaker> speakers, string name)
    {
        var asked = NameKey.Tokens(name);
        if (speakers.Count < 2 || asked.Length != 1)
        {
            return speakers;
        }

        var bySurname = speakers.Where(sp => NameKey.Tokens(sp.Name) is { Length: > 1 } tokens && tokens[^1] == asked[0]).ToList();
        return bySurname.Count == 1 ? bySurname : speakers;
    }

    // "Trade Minister Petrosyan" when two Petrosyans spoke: the one whose role or stored names hold the title's words.
    private static IReadOnlyList<Speaker> ByTitle(IReadOnlyList<Speaker> speakers, string asked, string name)
    {
        var titleWords = NameKey.Tokens(asked).Except(NameKey.Tokens(name)).ToList();
        if (speakers.Count < 2 || titleWords.Count == 0)
        {
            return speakers;
        }

        var titled = speakers.Where(sp =>
        {
            var described = sp.Quotes.SelectMany(q => NameKey.Tokens(q.SpeakerName).Concat(NameKey.Tokens(q.SpeakerRole))).ToHashSet(StringComparer.Ordinal);
            return titleWords.All(described.Contains);
        }).ToList();
        return titled.Count == 1 ? titled : speakers;
    }

    private async Task<Reply> NoQuotesAsync(string name, CancellationToken cancellationToken)
    {
        var people = await context.Archive.FindPeopleAsync(name, 5, cancellationToken);
        var examples = await context.ExampleQuestionsAsync(cancellationToken);
        if (people.Count > 0)
        {
            var person = people[0];
            var article = await context.Archive.GetArticleAsync(person.ArticleId, cancellationToken);
            return new Reply(
                ReplyParts.Describe(person.FullName, person.Role),
                [$"{person.FullName} is mentioned, but I have no quotes from them."],
                [],
                article is null ? [] : [ReplyParts.ToCitation(article)],
                examples);
        }

        return new Reply(
            $"No quotes from {name}",
            [$"I have not read anything that {name} said. Check the spelling, try the surname alone, or ask about someone I have quotes from."],
            [],
            [],
            examples);
    }
}
