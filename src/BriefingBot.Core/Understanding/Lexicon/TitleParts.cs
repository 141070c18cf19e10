namespace BriefingBot.Core.Understanding.Lexicon;

/// <summary>The words that build compound titles, from title-parts.txt.</summary>
internal sealed class TitleParts
{
    public TitleParts(IEnumerable<(string Word, string Kind)> pairs)
    {
        foreach (var (word, kind) in pairs)
        {
            (kind == "rank" ? Ranks : Portfolios).Add(word);
        }
    }

    /// <summary>"Deputy", "Acting": qualify the title word that follows.</summary>
    public HashSet<string> Ranks { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Transport", "Water": the field of an office, before its title word or after "of".</summary>
    public HashSet<string> Portfolios { get; } = new(StringComparer.OrdinalIgnoreCase);
}
