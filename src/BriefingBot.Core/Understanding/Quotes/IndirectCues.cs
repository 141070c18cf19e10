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
    // Shared reporting verbs whose content is usually their object: "endorsed Trump", "praised the plan".
    private static readonly HashSet<string> SharedObjectCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "endorsed", "endorses", "praised", "criticized", "criticizes", "blasted", "dismissed", "mocked", "defended", "slammed",
        "touted", "derided", "supported", "supports", "opposed", "opposes", "cited", "cites", "citing", "questioned", "demanded",
    };

    private static readonly Dictionary<string, string> Particles = new(StringComparer.OrdinalIgnoreCase);

    // Declared after Particles: static fields initialise in order and Load fills both.
    private static readonly Dictionary<string, bool> Extra = Load();

    private static Dictionary<string, bool> Load()
    {
        var cues = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordLists.Lines("indirect-cues.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cues[parts[0]] = parts.Length > 1 && parts[1] == "np";
            if (parts.Length > 2)
            {
                Particles[parts[0]] = parts[2];
            }
        }

        return cues;
    }

    /// <summary>The particle a cue needs right after it ("referring" + "to"), or null when it needs none.</summary>
    public static string? Particle(Token token) => Particles.TryGetValue(token.Text, out var particle) ? particle : null;

    /// <summary>
    /// "pointed out that ...", "points out the plan would fail": the particle "out" belongs to the cue and a clause
    /// follows, unlike "pointed to the record".
    /// </summary>
    public static bool HasClauseParticle(List<Token> tokens, int k, int last) =>
        k + 2 < last && tokens[k + 1].Is("out") && tokens[k].Text.StartsWith("point", StringComparison.OrdinalIgnoreCase)
        && tokens[k].Text.ToLowerInvariant() is "point" or "points" or "pointed" or "pointing";

    // Shared cues that in news copy mostly mean something else unless a "that" clause follows:
    // "six states", "she knew the area", "felt the pressure", "maintained the roads".
    private static readonly HashSet<string> ClauseOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "states", "knew", "felt", "maintained", "maintains",
    };

    /// <summary>A cue of reported speech: a shared reporting verb or one of the extra ones.</summary>
    public static bool IsCue(Token token) => TokenText.IsCue(token) || (token.IsWord && Extra.ContainsKey(token.Text));

    /// <summary>
    /// The cue at <paramref name="k"/> reports nothing here: a clause-only cue without "that" after it,
    /// "pledged delegates" or a phrasal verb with "up".
    /// </summary>
    public static bool IsWeakUse(List<Token> tokens, int k)
    {
        var hasNext = k + 1 < tokens.Count;
        if (ClauseOnly.Contains(tokens[k].Text))
        {
            return !hasNext || !tokens[k + 1].Is("that");
        }

        // "a website called Real News", "a play called “Sons of Trump”": a name given, not a report.
        if (tokens[k].Is("called") && k > 0 && hasNext && (tokens[k + 1].IsCapitalized || tokens[k + 1].Kind == TokenKind.QuoteMark))
        {
            var before = tokens[k - 1];
            if (before.IsWord && !before.IsCapitalized && !SpeakerPhrase.IsPronoun(before) && !TokenText.IsAdverb(before) && !before.Is("and") && !before.Is("was") && !before.Is("who"))
            {
                return true;
            }
        }

        // "pledged delegates" are bound to a candidate; "show up", "called up" are no reports.
        return hasNext && ((tokens[k].Is("pledged") && tokens[k + 1].Is("delegates")) || tokens[k + 1].Is("up"));
    }

    public static Lexicon.CueFlags Flags(Token token) =>
        TokenText.IsCue(token) ? TokenText.CueFlags(token)
        : token.Text.EndsWith("ing", StringComparison.Ordinal) ? Lexicon.CueFlags.Participle : Lexicon.CueFlags.None;

    /// <summary>The content is the object noun phrase of the cue.</summary>
    public static bool TakesObject(Token token) =>
        SharedObjectCues.Contains(token.Text) || (Extra.TryGetValue(token.Text, out var np) && np);
}
