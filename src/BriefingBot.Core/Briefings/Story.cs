using BriefingBot.Core.Archive;

namespace BriefingBot.Core.Briefings;

/// <summary>One story of a briefing: the articles (from one or more sources) that report it, told once.</summary>
/// <param name="Summary">One or two sentences from the lead article's summary.</param>
/// <param name="KeyQuote">The most important quote with a named speaker across the articles, if any.</param>
public sealed record Story(
    string Headline,
    IReadOnlyList<string> Summary,
    StoredQuote? KeyQuote,
    IReadOnlyList<StoredArticle> Articles,
    double Score);
