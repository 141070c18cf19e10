using BriefingBot.Core.Understanding.Lexicon;

namespace BriefingBot.Core.Understanding.Summaries;

/// <summary>The word lists the summarizer reads, loaded once from the embedded data files.</summary>
internal static class SummaryWords
{
    private static readonly Lazy<HashSet<string>> SharedAnaphora = new(
        () => new HashSet<string>(
            WordLists.Lines("summary-anaphora.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            StringComparer.OrdinalIgnoreCase),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Words that, opening a sentence, point back to an earlier one ("he", "but", "however").</summary>
    public static HashSet<string> Anaphora => SharedAnaphora.Value;
}
