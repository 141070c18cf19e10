namespace BriefingBot.SummaryTraining;

/// <summary>
/// How our sentence splits line up with extractive references made of article sentences (BBC News Summary
/// glues them without spaces): the share of reference characters covered by sentences of ours that occur in
/// the reference verbatim, and how often the number of such sentences equals the budget we ask for. Both
/// near 100% mean a selection of ours can reproduce the reference exactly, so a gap to a published
/// extractive figure lies in the ranking, not in splitting or length.
/// </summary>
internal static class Alignment
{
    public static string Report(IReadOnlyList<Item> items)
    {
        long covered = 0, total = 0;
        var budgetMatches = 0;
        foreach (var item in items)
        {
            var inReference = item.Sentences.Where(s => s.Length > 0 && item.Reference.Contains(s, StringComparison.Ordinal)).ToList();
            covered += inReference.Sum(s => s.Length);
            total += item.Reference.Trim().Length;
            budgetMatches += inReference.Count == item.Budget ? 1 : 0;
        }

        return $"reference characters in verbatim sentences of ours {100.0 * covered / Math.Max(1, total):F1}%, " +
            $"reference sentence count equals our budget in {budgetMatches} of {items.Count} items";
    }
}
