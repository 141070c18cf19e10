namespace BriefingBot.Infrastructure.Sources;

/// <summary>
/// An admin request about sources that cannot be done as asked (bad URL, bad interval, unknown source,
/// already added). The message is a sentence to show the admin as is.
/// </summary>
public sealed class SourceException(string message) : Exception(message);
