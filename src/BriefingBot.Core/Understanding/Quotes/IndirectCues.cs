using BriefingBot.Core.Understanding.Lexicon;
using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Cues of reported speech beyond the shared reporting verbs (Data/indirect-cues.txt), and which cues take
/// a noun phrase rather than a clause as their content ("denounced the plan" vs "said the plan failed").
/// Kept apart from the shared lexicon so that direct-quote attribution is not affected.
/// </summary>
internal static class IndirectCues
{
    private static readonly Dictionary<string, bool> Extra = Load();

    // Shared reporting verbs whose content is usually their object: "endorsed Trump", "praised the plan".
    private static readonly HashSet<string> SharedObjectCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "endorsed", "endorses", "praised", "criticized", "criticizes", "blasted", "dismissed", "mocked", "defended", "slammed",
        "touted", "derided", "supported", "supports", "opposed", "opposes", "cited", "cites", "citing", "questioned", "demanded",
    };

    private static Dictionary<string, bool> Load()
    {
        var cues = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordLists.Lines("indirect-cues.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cues[parts[0]] = parts.Length > 1 && parts[1] == "np";
        }

        return cues;
    }

    /// <summary>A cue of reported speech: a shared reporting verb or one of the extra ones.</summary>
    public static bool IsCue(Token token) => TokenText.IsCue(token) || (token.IsWord && Extra.ContainsKey(token.Text));

    public static Lexicon.CueFlags Flags(Token token) =>
        TokenText.IsCue(token) ? TokenText.CueFlags(token)
        : token.Text.EndsWith("ing", StringComparison.Ordinal) ? Lexicon.CueFlags.Participle : Lexicon.CueFlags.None;

    /// <summary>The content is the object noun phrase of the cue.</summary>
    public static bool TakesObject(Token token) =>
        SharedObjectCues.Contains(token.Text) || (Extra.TryGetValue(token.Text, out var np) && np);
}
