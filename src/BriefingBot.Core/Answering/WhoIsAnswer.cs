using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>"Who is X?": the role the articles give, with where it was said.</summary>
internal sealed class WhoIsAnswer(AnswerContext context)
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var name = AskedName.WithoutTitles(question.Subject);
        var people = await SpelledNameLookup.FindAsync(
            name,
            spelling => context.Archive.FindPeopleAsync(spelling, 20, cancellationToken),
            p => p.FullName);
        if (people.Count == 0)
        {
            return new Answer(await new SearchAnswer(context).AnswerAsync(question.Subject, 0, cancellationToken));
        }

        var person = people
            .GroupBy(p => NameKey.Normalize(p.FullName))
            .OrderByDescending(g => g.Count(p => p.Role is not null))
            .ThenByDescending(g => g.Count())
            .First()
            .OrderByDescending(p => p.Role?.Length ?? 0)
            .First();
        var role = person.Role;
        var articleId = person.ArticleId;
        if (role is null && await RoleFromQuotesAsync(person.FullName, cancellationToken) is { } quoted)
        {
            // The people index may miss a role the quote gave ("said Dr. Nino Beridze, a hydrologist at ...").
            (role, articleId) = quoted;
        }

        var article = await context.Archive.GetArticleAsync(articleId, cancellationToken);
        var paragraph = role is null
            ? $"{person.FullName} appears in the news I have read, without a stated role."
            : $"{person.FullName} is {WithArticle(role)}.";
        return new Answer(
            new Reply(
                person.FullName,
                [paragraph],
                [],
                article is null ? [] : [ReplyParts.ToCitation(article)],
                [ReplyParts.Ask(person.FullName, null)]),
            0,
            person.FullName);
    }

    // The role most of the person's quotes give, with the article of one of them.
    private async Task<(string Role, long ArticleId)?> RoleFromQuotesAsync(string fullName, CancellationToken cancellationToken)
    {
        var quotes = await context.Archive.FindQuotesBySpeakerAsync(fullName, 50, cancellationToken);
        var speaker = Speaker.Group(quotes).FirstOrDefault(s => NameKey.Normalize(s.Name) == NameKey.Normalize(fullName));
        if (speaker?.Role is not { } role)
        {
            return null;
        }

        return (role, speaker.Quotes.First(q => q.SpeakerRole == role).Article.Id);
    }

    private static readonly HashSet<string> SoleOffices = new(
        ["chief", "head", "president", "chairman", "chairwoman", "chair", "director", "secretary", "leader", "governor", "mayor", "founder", "editor", "speaker", "commissioner"],
        StringComparer.OrdinalIgnoreCase);

    // "Turkey's foreign minister" reads as is; "research fellow at X" wants "a".
    private static string WithArticle(string role)
    {
        var first = role.Split(' ', 2)[0];
        var startsWithDeterminer = first is "a" or "an" or "the" or "A" or "An" or "The" || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal);
        if (startsWithDeterminer)
        {
            return role;
        }

        // An office that one person holds: "chief executive of Eastline Rail", "director of the census", not
        // "a chief ..."; but "a professor of law", "a member of Congress", "a hydrologist at ...".
        if (role.Contains(" of ", StringComparison.Ordinal) && SoleOffices.Contains(first))
        {
            return role;
        }

        return ("aeiouAEIOU".Contains(first[0]) ? "an " : "a ") + role;
    }
}
