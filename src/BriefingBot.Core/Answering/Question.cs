namespace BriefingBot.Core.Answering;

/// <summary>A parsed chat message.</summary>
/// <param name="Subject">The speaker or person asked about, or the topic to summarize or search.</param>
/// <param name="Topic">What the speaker talked about ("defense" in "what did X say about defense?").</param>
public sealed record Question(QuestionKind Kind, string Subject, string? Topic = null);
