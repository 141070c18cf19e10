namespace BriefingBot.Core.Evaluation;

/// <summary>How a reply measured up to what a question expected.</summary>
public enum AnswerOutcome
{
    Correct,
    /// <summary>No quote, no person: "No quotes from X" or "I don't know".</summary>
    NoAnswer,
    /// <summary>"Which X do you mean?" where one person was meant.</summary>
    AskedWhichOne,
    /// <summary>Quotes, but none from the article the answer is in: another person of that name, or the wrong match.</summary>
    WrongArticle,
    /// <summary>Quotes from the right article, but under another speaker.</summary>
    WrongSpeaker,
    /// <summary>The right article and speaker, but none of the shown quotes is one the person said.</summary>
    WrongQuote,
    /// <summary>An answer where none should be given (invented), or one that misses what was asked.</summary>
    WrongContent,
}
