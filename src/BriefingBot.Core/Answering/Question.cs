namespace BriefingBot.Core.Answering;

/// <summary>A parsed chat message.</summary>
/// <param name="Subject">The speaker or person asked about, or the topic, event or phrase the question is about.</param>
/// <param name="Topic">What the speaker talked about ("defense" in "what did X say about defense?").</param>
/// <param name="Verb">The speech verb asked with ("propose" in "what did Turkey propose?"); null for plain "say".</param>
public sealed record Question(QuestionKind Kind, string Subject, string? Topic = null, string? Verb = null);
