namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>A paragraph of <see cref="TextRun"/>s; always wraps. Text runs are not Markdown, so quotes stay verbatim.</summary>
public sealed record RichTextBlock(IReadOnlyList<TextRun> Inlines) : AdaptiveElement;
