namespace BriefingBot.Core.Evaluation;

/// <summary>A question of an answer evaluation: its kind (for the breakdown), the text asked and what a right reply holds.</summary>
public sealed record EvaluationQuestion(string Kind, string Text, AnswerExpectation Expected);
