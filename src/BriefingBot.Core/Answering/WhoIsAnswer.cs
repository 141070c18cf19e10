using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>"Who is X?": the role the articles give, with where it was said.</summary>
internal sealed class WhoIsAnswer(AnswerContext context)
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var people = await SpelledNameLookup.FindAsync(
            AskedName.WithoutTitles(question.Subject),
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
        var article = await context.Archive.GetArticleAsync(person.ArticleId, cancellationToken);
        var paragraph = person.Role is null
            ? $"{person.FullName} appears in the news I have read, without a stated role."
            : $"{person.FullName} is {WithArticle(person.Role)}.";
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
