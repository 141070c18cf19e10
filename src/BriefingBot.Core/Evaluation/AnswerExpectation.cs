using BriefingBot.Core.Replies;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>What a right reply to a question holds; each kind judges a reply by itself.</summary>
public abstract record AnswerExpectation
{
    public abstract AnswerOutcome Judge(Reply reply);

    private protected static bool AsksWhichOne(Reply reply) =>
        reply.Quotes.Count == 0 && reply.Heading.StartsWith("Which ", StringComparison.Ordinal);

    private protected static AnswerOutcome Empty(Reply reply) =>
        AsksWhichOne(reply) ? AnswerOutcome.AskedWhichOne : AnswerOutcome.NoAnswer;

    private protected static bool Mentions(Reply reply, string text)
    {
        var all = NameKey.Normalize(string.Join(" | ", [reply.Heading, .. reply.Paragraphs, .. reply.Suggestions]));
        return (" " + all + " ").Contains(" " + NameKey.Normalize(text) + " ", StringComparison.Ordinal);
    }
}

/// <summary>"What did X say?": one of the shown quotes is one of <paramref name="Answers"/>, cited to <paramref name="ArticleTitle"/>.</summary>
public sealed record QuotesExpected(string Speaker, string ArticleTitle, IReadOnlyList<string> Answers) : AnswerExpectation
{
    public override AnswerOutcome Judge(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Quotes.Count == 0)
        {
            return Empty(reply);
        }

        var fromArticle = reply.Quotes.Where(q => q.Source.Title == ArticleTitle).ToList();
        if (fromArticle.Count == 0)
        {
            return AnswerOutcome.WrongArticle;
        }

        if (fromArticle.Any(q => Answers.Any(a => QuoteOverlap.Matches(q.Text, a))))
        {
            return AnswerOutcome.Correct;
        }

        return fromArticle.Any(q => QuoteOverlap.SameName(q.Speaker, Speaker)) ? AnswerOutcome.WrongQuote : AnswerOutcome.WrongSpeaker;
    }
}

/// <summary>"Who said '...'?": a shown quote from <paramref name="ArticleTitle"/> is given to <paramref name="Speaker"/>.</summary>
public sealed record SpeakerExpected(string Speaker, string ArticleTitle) : AnswerExpectation
{
    public override AnswerOutcome Judge(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Quotes.Count == 0)
        {
            // A reply may name the speaker in its heading and cite the article instead of repeating the quote.
            var cited = reply.Citations.Any(c => c.Title == ArticleTitle);
            return cited && QuoteOverlap.SameName(reply.Heading, Speaker) ? AnswerOutcome.Correct
                : cited ? AnswerOutcome.WrongSpeaker
                : Empty(reply);
        }

        var fromArticle = reply.Quotes.Where(q => q.Source.Title == ArticleTitle).ToList();
        if (fromArticle.Count == 0)
        {
            return AnswerOutcome.WrongArticle;
        }

        // The first quote from the article is the one the reply puts forward.
        return QuoteOverlap.SameName(fromArticle[0].Speaker, Speaker) ? AnswerOutcome.Correct : AnswerOutcome.WrongSpeaker;
    }
}

/// <summary>"Who is X?": the reply names <paramref name="Name"/> and gives the role in <paramref name="RoleWords"/> (all of its words).</summary>
public sealed record RoleExpected(string Name, string RoleWords) : AnswerExpectation
{
    public override AnswerOutcome Judge(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (AsksWhichOne(reply))
        {
            return AnswerOutcome.AskedWhichOne;
        }

        if (!Mentions(reply, Name))
        {
            return reply.Citations.Count == 0 && reply.Quotes.Count == 0 ? AnswerOutcome.NoAnswer : AnswerOutcome.WrongSpeaker;
        }

        var said = NameKey.Tokens(string.Join(" ", [reply.Heading, .. reply.Paragraphs])).ToHashSet(StringComparer.Ordinal);
        return NameKey.Tokens(RoleWords).All(said.Contains) ? AnswerOutcome.Correct : AnswerOutcome.WrongContent;
    }
}

/// <summary>An ambiguous name: the reply asks which one is meant and offers every one of <paramref name="Names"/>.</summary>
public sealed record WhichOneExpected(IReadOnlyList<string> Names) : AnswerExpectation
{
    public override AnswerOutcome Judge(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!AsksWhichOne(reply))
        {
            return reply.Quotes.Count == 0 ? AnswerOutcome.NoAnswer : AnswerOutcome.WrongSpeaker;
        }

        return Names.All(n => Mentions(reply, n)) ? AnswerOutcome.Correct : AnswerOutcome.WrongContent;
    }
}

/// <summary>Nothing in the archive answers it: the reply shows no quote and says so, rather than inventing.</summary>
public sealed record NothingExpected : AnswerExpectation
{
    public override AnswerOutcome Judge(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Quotes.Count == 0 && !AsksWhichOne(reply) ? AnswerOutcome.Correct : AnswerOutcome.WrongContent;
    }
}
