using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Archive;

/// <summary>A quote from the archive, with its speaker resolved and the article it came from.</summary>
/// <param name="Context">The sentence(s) the quote stands in, for answers that show it in context.</param>
public sealed record StoredQuote(
    long Id,
    QuoteKind Kind,
    string Text,
    string? SpeakerName,
    string? SpeakerRole,
    double Importance,
    string Context,
    StoredArticle Article);
