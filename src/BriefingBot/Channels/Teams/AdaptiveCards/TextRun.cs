using System.Text.Json.Serialization;

namespace BriefingBot.Channels.Teams.AdaptiveCards;

/// <summary>A run of literal text inside a <see cref="RichTextBlock"/>.</summary>
public sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TextRun";

    public TextWeight? Weight { get; init; }

    public TextSize? Size { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Italic { get; init; }

    /// <summary>Makes the run a link (Action.OpenUrl).</summary>
    public AdaptiveAction? SelectAction { get; init; }
}
