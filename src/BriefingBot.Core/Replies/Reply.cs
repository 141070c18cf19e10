namespace BriefingBot.Core.Replies;

/// <summary>
/// A channel-neutral answer or briefing. Channels only format it: Teams as an Adaptive Card,
/// Slack as Block Kit, everything else as text (see <see cref="PlainTextRenderer"/>).
/// All strings are plain text; formatters escape them for their markup.
/// </summary>
/// <param name="Heading">One line that says what this is ("Mevlut Cavusoglu, Turkey's foreign minister").</param>
/// <param name="Paragraphs">Running text: a summary, an explanation, a polite refusal.</param>
/// <param name="Quotes">Quotes with speakers and sources.</param>
/// <param name="Citations">The articles the reply draws on, beyond those cited by its quotes.</param>
/// <param name="Suggestions">Questions the user could ask next.</param>
public sealed record Reply(
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<ReplyQuote> Quotes,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>Self-contained parts after the paragraphs (the stories of a briefing); empty for most answers.</summary>
    public IReadOnlyList<ReplySection> Sections { get; init; } = [];

    public static Reply Text(string heading, params string[] paragraphs) =>
        new(heading, paragraphs, [], [], []);

    /// <summary>Every article the reply cites, once, in order of first appearance.</summary>
    public IReadOnlyList<Citation> AllCitations() =>
        Quotes.Select(q => q.Source).Concat(Citations).Distinct().ToList();
}
