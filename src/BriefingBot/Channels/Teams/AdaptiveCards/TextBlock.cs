namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>
/// Text that Teams renders with Markdown. Use it only for our own fixed labels: article and user text goes
/// into <see cref="RichTextBlock"/> runs, which show the exact characters (no "*bold*" surprises).
/// </summary>
public sealed record TextBlock(string Text) : AdaptiveElement
{
    public bool Wrap { get; init; } = true;

    public TextBlockStyle? Style { get; init; }

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public bool? IsSubtle { get; init; }
}
