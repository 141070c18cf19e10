using BriefingBot.Core.Archive;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Answers chat questions from the archive with the articles' own words and a citation.
/// It never invents: when nothing fits, it says so and suggests how to ask. Each kind of question
/// has its own answer class; this one only dispatches.
/// </summary>
public sealed class Answerer(IArchive archive, AnswerOptions options) : IAnswerer
{
    private readonly AnswerContext _context = new(archive, options);

    public async Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default)
    {
        var question = QuestionParser.Parse(message);
        return question.Kind switch
        {
            QuestionKind.Help => await new HelpAnswer(_context).AnswerAsync(cancellationToken),
            QuestionKind.SpeakerQuotes => await new SpeakerQuotesAnswer(_context).AnswerAsync(question, cancellationToken),
            QuestionKind.WhoIs => await new WhoIsAnswer(_context).AnswerAsync(question, cancellationToken),
            QuestionKind.Summarize => await new SummaryAnswer(_context).AnswerAsync(question.Subject, cancellationToken),
            _ => await new SearchAnswer(_context).AnswerAsync(question.Subject, cancellationToken),
        };
    }
}
