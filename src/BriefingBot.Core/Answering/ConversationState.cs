namespace BriefingBot.Core.Answering;

/// <summary>
/// What a conversation last asked, so that "more", "what else did he say?" and "and Pakistan?" can be
/// answered. Kept per conversation by an <see cref="IConversationStateStore"/>, and forgotten after a while.
/// </summary>
/// <param name="Kind">The kind of the last question answered (never a follow-up kind).</param>
/// <param name="Subject">Its subject: the speaker, party, topic, event or phrase.</param>
/// <param name="Topic">Its topic ("defense" in "what did X say about defense?").</param>
/// <param name="Verb">Its speech verb ("propose").</param>
/// <param name="Person">The person the answer was about, for "he", "she" and "they".</param>
/// <param name="Shown">How many items (quotes or articles) have been shown so far; "more" shows the next ones.</param>
public sealed record ConversationState(QuestionKind Kind, string Subject, string? Topic, string? Verb, string? Person, int Shown)
{
    public Question Question => new(Kind, Subject, Topic, Verb);
}
