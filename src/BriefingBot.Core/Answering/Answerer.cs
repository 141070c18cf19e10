using BriefingBot.Core.Archive;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Answers chat questions from the archive with the articles' own words and a citation.
/// It never invents: when nothing fits, it says so and suggests how to ask. Each kind of question
/// has its own answer class; this one only dispatches, and keeps each conversation's last question
/// (when given a state store) so that follow-ups can refer to it.
/// </summary>
/// <param name="briefer">Answers "what's new in &lt;region or country&gt;" with a briefing; without it, places are topics.</param>
/// <param name="conversations">Where follow-up state is kept; without it, every message stands alone.</param>
public sealed class Answerer(
    IArchive archive,
    AnswerOptions options,
    Briefer? briefer = null,
    IConversationStateStore? conversations = null,
    TimeProvider? time = null) : IAnswerer
{
    private readonly AnswerContext _context = new(archive, options);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default) =>
        AnswerAsync(message, null, cancellationToken);

    public async Task<Reply> AnswerAsync(string message, string? conversationKey, CancellationToken cancellationToken)
    {
        var parsed = QuestionParser.Parse(message);
        var remembered = conversations is not null && conversationKey is not null;
        var now = _time.GetUtcNow();
        var state = remembered && parsed.Kind is QuestionKind.More or QuestionKind.AndAbout or QuestionKind.SpeakerQuotes or QuestionKind.WhoIs
            ? await LoadStateAsync(conversationKey!, now, cancellationToken)
            : null;

        var (question, skip, refusal) = await FollowUps.ResolveAsync(parsed, state, IsSpeakerAsync);
        if (question is null)
        {
            return refusal!;
        }

        var answer = await AnswerAsync(question, skip, cancellationToken);
        if (remembered && question.Kind != QuestionKind.Help)
        {
            // The person stays the same while the subject does ("more" after "who said ..."), so "he" still works.
            var person = answer.Person ?? (state is not null && state.Subject == question.Subject ? state.Person : null);
            await SaveStateAsync(
                conversationKey!,
                new ConversationState(question.Kind, question.Subject, question.Topic, question.Verb, person, skip + answer.Shown),
                now,
                cancellationToken);
        }

        return answer.Reply;
    }

    // Follow-up state is a convenience: when the store fails (a locked or full database), the question is
    // still answered, as if it were the conversation's first.
    private async Task<ConversationState?> LoadStateAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return await conversations!.LoadAsync(key, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    private async Task SaveStateAsync(string key, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await conversations!.SaveAsync(key, state, now, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The answer stands; only the next follow-up loses its context.
        }
    }

    private async Task<Answer> AnswerAsync(Question question, int skip, CancellationToken cancellationToken)
    {
        switch (question.Kind)
        {
            case QuestionKind.Help:
                return new Answer(await new HelpAnswer(_context).AnswerAsync(cancellationToken));
            case QuestionKind.SpeakerQuotes:
                var quotes = await new SpeakerQuotesAnswer(_context).AnswerAsync(question, skip, cancellationToken);
                return new Answer(quotes, quotes.Quotes.Count, quotes.Quotes.FirstOrDefault()?.Speaker);
            case QuestionKind.PartyStatements:
                return await new PartyStatementsAnswer(_context).AnswerAsync(question, skip, cancellationToken);
            case QuestionKind.WhoSaid:
                return await new WhoSaidAnswer(_context).AnswerAsync(question.Subject, cancellationToken);
            case QuestionKind.WhoIs:
                return await new WhoIsAnswer(_context).AnswerAsync(question, cancellationToken);
            case QuestionKind.WhatsNew:
                return await new WhatsNewAnswer(_context, briefer, _time).AnswerAsync(question.Subject, skip, cancellationToken);
            case QuestionKind.WhatHappened:
                return await new WhatHappenedAnswer(_context).AnswerAsync(question, skip, cancellationToken);
            case QuestionKind.When or QuestionKind.Where:
                return await new WhenWhereAnswer(_context).AnswerAsync(question, cancellationToken);
            case QuestionKind.Summarize:
                return new Answer(await new SummaryAnswer(_context).AnswerAsync(question.Subject, skip, cancellationToken), 1);
            default:
                var found = await new SearchAnswer(_context).AnswerAsync(question.Subject, skip, cancellationToken);
                return new Answer(found, Math.Max(found.Quotes.Count, 1));
        }
    }

    private async Task<bool> IsSpeakerAsync(string name) =>
        (await _context.Archive.FindQuotesBySpeakerAsync(AskedName.WithoutTitles(name), 1)).Count > 0;
}
