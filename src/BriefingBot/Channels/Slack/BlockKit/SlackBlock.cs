using System.Text.Json.Serialization;

namespace BriefingBot.Channels.Slack.BlockKit;

/// <summary>A Block Kit layout block; the "type" discriminator is Slack's block type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
public abstract record SlackBlock
{
    /// <summary>Slack allows at most 50 blocks per message.</summary>
    public const int MaxBlocks = 50;
}

/// <summary>Large bold line; plain_text only, at most 150 characters.</summary>
public sealed record HeaderBlock(SlackText Text) : SlackBlock
{
    public const int MaxChars = 150;
}

/// <summary>A paragraph; its text is at most 3000 characters.</summary>
public sealed record SectionBlock(SlackText Text) : SlackBlock
{
    public const int MaxChars = 3000;
}

/// <summary>Small grey text (citations, hints); at most 10 elements.</summary>
public sealed record ContextBlock(IReadOnlyList<SlackText> Elements) : SlackBlock
{
    public const int MaxElementChars = 2000;
}

public sealed record DividerBlock : SlackBlock;
