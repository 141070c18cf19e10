namespace BriefingBot.Infrastructure.Sources;

/// <summary>What kind of wrong a <see cref="SourceException"/> is, for callers that answer with a status code.</summary>
public enum SourceProblem
{
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>
/// An admin request about sources that cannot be done as asked (bad URL, bad interval, unknown source,
/// already added). The message is a sentence to show the admin as is.
/// </summary>
public sealed class SourceException(string message, SourceProblem problem = SourceProblem.Invalid) : Exception(message)
{
    public SourceProblem Problem { get; } = problem;
}
