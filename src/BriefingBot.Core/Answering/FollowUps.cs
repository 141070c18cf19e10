using BriefingBot.Core.Replies;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Turns a follow-up into the question it stands for, given the conversation's last one: "more" is the
/// last question again after what was shown; "what else did he say?" is the last person's quotes;
/// "and Pakistan?" is the last question about Pakistan (as a new speaker, a new topic or a new place).
/// </summary>
internal static class FollowUps
{
    /// <returns>The question to answer and how many items to skip; or a reply when there is nothing to follow up.</returns>
    public static async Task<(Question? Question, int Skip, Reply? Reply)> ResolveAsync(
        Question question, ConversationState? state, Func<string, Task<bool>> isSpeaker)
    {
        switch (question.Kind)
        {
            case QuestionKind.More when QuestionParser.IsPronoun(question.Subject):
                if (state is null)
                {
                    return (null, 0, NothingToContinue());
                }

                // "What else did she say?" after a party's or a phrase's answer: the person it quoted.
                var personal = question.Subject.ToLowerInvariant() is "he" or "she" or "him" or "her";
                return personal && state.Person is not null && state.Kind != QuestionKind.SpeakerQuotes
                    ? (new Question(QuestionKind.SpeakerQuotes, state.Person), 0, null)
                    : More(state);

            case QuestionKind.More when question.Subject.Length > 0:
                // "what else did Cavusoglu say?": the next quotes when Cavusoglu was the last speaker asked about.
                var same = state is { Kind: QuestionKind.SpeakerQuotes } && SameName(state.Subject, question.Subject);
                return (new Question(QuestionKind.SpeakerQuotes, question.Subject, same ? state!.Topic : null), same ? state!.Shown : 0, null);

            case QuestionKind.More:
                return state is null ? (null, 0, NothingToContinue()) : More(state);

            case QuestionKind.AndAbout:
                return state is null
                    ? (new Question(QuestionKind.Search, question.Subject), 0, null)
                    : (await AndAboutAsync(question.Subject, state, isSpeaker), 0, null);

            case QuestionKind.SpeakerQuotes or QuestionKind.WhoIs when QuestionParser.IsPronoun(question.Subject):
                // "what did he say?", "who is she?": the person of the last answer.
                return state?.Person is { } person
                    ? (question with { Subject = person }, 0, null)
                    : (null, 0, Reply.Text("Who do you mean?", $"Name the person: \u201c{(question.Kind == QuestionKind.WhoIs ? "who is <name>?" : "what did <name> say?")}\u201d."));

            default:
                return (question, 0, null);
        }
    }

    private static (Question?, int, Reply?) More(ConversationState state) => state.Kind switch
    {
        // A quote's or a person's answer: "more" is what that person said.
        QuestionKind.WhoSaid or QuestionKind.WhoIs when state.Person is not null =>
            (new Question(QuestionKind.SpeakerQuotes, state.Person), 0, null),
        // A date or a place: "more" is what happened there.
        QuestionKind.When or QuestionKind.Where => (new Question(QuestionKind.WhatHappened, state.Subject), 0, null),
        _ => (state.Question, state.Shown, null),
    };

    private static async Task<Question> AndAboutAsync(string subject, ConversationState state, Func<string, Task<bool>> isSpeaker)
    {
        switch (state.Kind)
        {
            case QuestionKind.SpeakerQuotes or QuestionKind.PartyStatements:
                if (Party.IsParty(subject) && (state.Kind == QuestionKind.PartyStatements || state.Topic is null))
                {
                    return new Question(QuestionKind.PartyStatements, subject, state.Topic, state.Verb);
                }

                // "what did Cavusoglu say about Syria?" "and Iran?": Iran is a topic unless someone called Iran spoke.
                if (state.Topic is not null && !await isSpeaker(subject))
                {
                    return state.Question with { Topic = subject };
                }

                return new Question(QuestionKind.SpeakerQuotes, subject, state.Topic, state.Verb);

            case QuestionKind.When or QuestionKind.Where or QuestionKind.WhatHappened or QuestionKind.WhatsNew
                or QuestionKind.WhoIs or QuestionKind.Summarize or QuestionKind.WhoSaid or QuestionKind.Search:
                return new Question(state.Kind, subject);

            default:
                return new Question(QuestionKind.Search, subject);
        }
    }

    private static bool SameName(string a, string b) =>
        Text.NameKey.Matches(a, b) || Text.NameKey.Matches(b, a);

    private static Reply NothingToContinue() => new(
        "More of what?",
        ["I have no earlier question from this conversation (or it was a while ago). Ask one first, then say \u201cmore\u201d."],
        [],
        [],
        ["help"]);
}
