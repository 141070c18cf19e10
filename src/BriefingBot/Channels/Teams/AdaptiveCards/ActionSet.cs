namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>Buttons inside the body, so a quote's "open article" sits next to the quote.</summary>
public sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : AdaptiveElement;
