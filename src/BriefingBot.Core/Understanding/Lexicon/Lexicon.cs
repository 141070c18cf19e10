namespace BriefingBot.Core.Understanding.Lexicon;

/// <summary>How a reporting verb behaves.</summary>
[Flags]
internal enum CueFlags
{
    None = 0,
    /// <summary>Takes the addressee before the content: "told Caspian News (that) ...".</summary>
    Object = 1,
    /// <summary>A participle whose speaker is the subject of the clause: "agreed, saying ...".</summary>
    Participle = 2,
    /// <summary>Introduces quoted words only: "Caddell continued:" but not "it continues occupying".</summary>
    DirectOnly = 4,
}

/// <summary>
/// The word lists the pipeline needs, loaded once from the embedded data files.
/// All look-ups are case-insensitive.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Instance => Shared.Value;

    private Lexicon()
    {
        var ignoreCase = StringComparer.OrdinalIgnoreCase;
        Abbreviations = new HashSet<string>(WordLists.Lines("abbreviations.txt"), ignoreCase);
        StopWords = new HashSet<string>(
            WordLists.Lines("stopwords.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            ignoreCase);

        Titles = new Dictionary<string, string>(ignoreCase);
        foreach (var (title, full) in WordLists.Pairs("titles.txt"))
        {
            Titles[title] = full;
        }

        MaxTitleWords = Titles.Keys.Max(t => t.Split(' ').Length);
        TitleParts = new TitleParts(WordLists.Pairs("title-parts.txt"));

        Cues = new Dictionary<string, CueFlags>(ignoreCase);
        foreach (var line in WordLists.Lines("cue-verbs.txt"))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var flags = CueFlags.None;
            var verb = new List<string>();
            foreach (var word in words)
            {
                switch (word)
                {
                    case "object": flags |= CueFlags.Object; break;
                    case "participle": flags |= CueFlags.Participle; break;
                    case "direct": flags |= CueFlags.DirectOnly; break;
                    default: verb.Add(word); break;
                }
            }

            if (verb.Count == 1)
            {
                Cues[verb[0]] = flags;
            }
        }

        NotSpeech = WordLists.Lines("not-speech.txt")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1)
            .GroupBy(w => w[0], ignoreCase)
            .ToDictionary(g => g.Key, g => g.Select(w => w[1..]).ToArray(), ignoreCase);

        SpeakerNouns = new HashSet<string>(ignoreCase);
        OrganisationNouns = new HashSet<string>(ignoreCase);
        foreach (var line in WordLists.Lines("speaker-nouns.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            SpeakerNouns.Add(parts[0]);
            if (parts.Length > 1 && parts[1] == "org")
            {
                OrganisationNouns.Add(parts[0]);
            }
        }

        NounCues = new HashSet<string>(WordLists.Lines("noun-cues.txt"), ignoreCase);

        CountryByDemonym = new Dictionary<string, string>(ignoreCase);
        Countries = new HashSet<string>(ignoreCase);
        foreach (var (country, demonyms) in WordLists.Pairs("countries.txt"))
        {
            Countries.Add(country);
            foreach (var demonym in demonyms.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                CountryByDemonym.TryAdd(demonym, country);
            }
        }
    }

    /// <summary>Words that end in a period without ending the sentence ("mr", "jan").</summary>
    public HashSet<string> Abbreviations { get; }

    public HashSet<string> StopWords { get; }

    /// <summary>Title as written ("FM") to its full form ("foreign minister"; empty for Mr./Mrs.).</summary>
    public Dictionary<string, string> Titles { get; }

    public int MaxTitleWords { get; }

    public TitleParts TitleParts { get; }

    /// <summary>Single-word reporting verbs and how they behave.</summary>
    public Dictionary<string, CueFlags> Cues { get; }

    /// <summary>Verb to the word sequences after it that make it no report ("claimed" -> ["the", "lives"]).</summary>
    public Dictionary<string, string[][]> NotSpeech { get; }

    /// <summary>Nouns that report speech before a "that" clause ("Trump's claim that ...").</summary>
    public HashSet<string> NounCues { get; }

    /// <summary>Lower-case words that may be part of a speaker phrase.</summary>
    public HashSet<string> SpeakerNouns { get; }

    public HashSet<string> OrganisationNouns { get; }

    public Dictionary<string, string> CountryByDemonym { get; }

    public HashSet<string> Countries { get; }
}
