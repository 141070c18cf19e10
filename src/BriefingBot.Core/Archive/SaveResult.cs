namespace BriefingBot.Core.Archive;

/// <summary>The outcome of storing an article: its id, and whether it was already there.</summary>
public sealed record SaveResult(long ArticleId, bool AlreadyStored, int QuoteCount, int PeopleCount);
