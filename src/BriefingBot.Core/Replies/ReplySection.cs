namespace BriefingBot.Core.Replies;

/// <summary>
/// One self-contained part of a longer reply, such as one story of a briefing: its own heading, text,
/// quotes and links. Channels may split a reply between sections, never inside one.
/// </summary>
public sealed record ReplySection(
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReplyQuote> Quotes,
    IReadOnlyList<Citation> Citations);
