namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Words that open a frame around a quote's attribution, shared by the steps before and after the quote.
/// </summary>
internal static class QuoteFrameWords
{
    // Words that open a frame after a cue ("said at a press conference", "said Thursday").
    public static readonly HashSet<string> FrameStarts = new(
        [
            "in", "on", "at", "during", "after", "before", "to", "from", "with", "via", "through", "about", "of", "as", "while", "when",
            .. CueFrame.TimeAndMannerWords,
        ],
        StringComparer.OrdinalIgnoreCase);

    // Words that open a sentence-initial frame before its subject ("In an interview, ...", "Or, as ...").
    public static readonly HashSet<string> LeadIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "or", "and", "but", "so", "as", "then", "still", "yet", "now",
    };
}
