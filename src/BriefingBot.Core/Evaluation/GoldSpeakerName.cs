using System.Text.RegularExpressions;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// The person's name in an annotated source span, as someone would type it in a question, or null when
/// the source is a pronoun or a description ("he", "a source", "The Trump campaign", "other studies").
/// "Retired Lt. Gen. Michael Flynn" gives "Michael Flynn"; "Hillary Clinton's campaign manager Robby Mook"
/// gives "Robby Mook"; "House Speaker Paul D. Ryan (R-Wis.)" gives "Paul D. Ryan".
/// Kept apart from the answerer's own name handling on purpose: the question set must not share its blind spots.
/// </summary>
public static partial class GoldSpeakerName
{
    // Capitalised words that are titles or ranks before a name, not part of it.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "president",
        "vice", "former", "retired", "lt", "gen", "general", "col", "sgt", "capt", "adm", "rev", "reverend", "house",
        "senate", "speaker", "secretary", "attorney", "judge", "justice", "chief", "mayor", "professor", "prof",
        "republican", "democratic", "democrat", "gop", "candidate", "nominee", "presidential", "state", "u.s", "us",
        "minister", "foreign", "prime", "chairman", "chairwoman", "director", "ambassador", "pope", "sheriff",
    };

    // Words that end a description right before the name ("campaign manager Robby Mook").
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "manager", "spokesman", "spokeswoman", "spokesperson", "nominee", "candidate", "chairman", "chairwoman",
        "adviser", "advisor", "director", "secretary", "senator", "president", "governor", "aide", "attorney",
        "lawyer", "official", "leader", "professor", "mayor", "chief", "strategist", "pollster", "analyst",
        "executive", "founder", "ceo", "member", "correspondent", "host", "anchor", "reporter", "editor",
        "economist", "surrogate", "activist", "pastor", "mate", "wife", "husband", "daughter", "son", "mother",
        "father", "friend", "sheriff", "chief", "commissioner", "representative", "congressman", "congresswoman",
        "supporter", "organizer", "voter", "resident", "student", "researcher", "scientist", "expert", "minister",
    };

    // Capitalised words that are never part of a person's name: pronouns, quantifiers, groups.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "he", "she", "it", "we", "they", "you", "who", "which", "that", "this", "these", "those", "one",
        "republicans", "democrats", "protesters", "officials", "sources", "critics", "police", "americans",
        "voters", "experts", "supporters", "aides", "both", "some", "many", "others", "everyone", "nobody",
        "most", "few", "several", "all", "fellow", "other", "doctors", "doctor", "lawmakers", "parents", "poll",
        "website", "house", "nations", "white", "black", "new", "popular", "frustrated", "zero", "north", "south",
    };

    // Last words of organisations and institutions, which speak but are not people.
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "bureau", "department", "committee", "congress", "party", "campaign", "association", "institute", "university",
        "center", "centre", "council", "agency", "commission", "court", "post", "times", "news", "journal", "foundation",
        "inc", "corp", "group", "administration", "office", "service", "police", "network", "project", "coalition",
        "observer", "tribune", "press", "reuters", "cnn", "fbi", "nbc", "abc", "cbs", "gop", "un", "nato", "eu",
        "fargo", "hedge",
    };

    public static string? From(string sourceText)
    {
        ArgumentNullException.ThrowIfNull(sourceText);
        // The head: before an apposition or a bracket ("Quina Jones, 25," / "Paul D. Ryan (R-Wis.)").
        var head = HeadEnd().Split(sourceText, 2)[0].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        // The last run of capitalised words (initials and particles inside a name allowed).
        var end = words.Length;
        var start = end;
        while (start > 0 && !Possessive().IsMatch(words[start - 1]) && (IsCapitalised(words[start - 1]) || (IsParticle(words[start - 1]) && start < end)))
        {
            start--;
        }

        if (start == end || words[start] is "The" or "A" or "An")
        {
            return null;
        }

        // Before the run: nothing, a determiner, or a description that ends in a role noun or a possessive ("NBC's").
        var before = words[..start].Where(w => w is not ("the" or "a" or "an")).ToArray();
        if (before.Length > 0 && !RoleNouns.Contains(before[^1].Trim(',')) && !Possessive().IsMatch(before[^1]))
        {
            return null;
        }

        // Titles, ranks and places before the name ("Massachusetts Sen. Elizabeth Warren", "City Attorney Brad Holm"):
        // everything up to the last title word goes.
        var run = words[start..end];
        var lastTitle = Array.FindLastIndex(run, IsTitle);
        var name = run[(lastTitle + 1)..];
        // A person as people ask about them: first name and surname at least, no group or institution word.
        if (name.Length is < 2 or > 4 || name.Any(NotNames.Contains) || OrganisationWords.Contains(name[^1])
            || name.All(w => w.All(c => !char.IsLower(c))) || name.Any(IsPlace))
        {
            return null;
        }

        return string.Join(' ', name);
    }

    /// <summary>The word that identifies the person across mentions ("Flynn" for "Michael Flynn", "Ryan" for "Paul D. Ryan Jr.").</summary>
    public static string Surname(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words.Length - 1;
        while (last > 0 && words[last].TrimEnd('.') is "Jr" or "Sr" or "II" or "III")
        {
            last--;
        }

        return words[last];
    }

    // "Sen.", "Gov.", "Sens.", "Del." and listed titles; not initials ("R.") or "Jr.".
    private static bool IsTitle(string word)
    {
        var bare = word.TrimEnd('.');
        return Titles.Contains(bare) || RoleNouns.Contains(bare) || bare is "Spokeswoman" or "Spokesman" or "Activist" or "Oversight" or "Commissioner"
            || (word.EndsWith('.') && bare.Length >= 3 && bare is not ("Jr" or "Sr"));
    }

    private static bool IsPlace(string word) =>
        Understanding.Lexicon.Lexicon.Instance.Countries.Contains(word) || Understanding.Lexicon.Lexicon.Instance.CountryByDemonym.ContainsKey(word);

    private static bool IsCapitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsParticle(string word) => word is "de" or "van" or "von" or "al" or "bin" or "da" or "del" or "la" or "le";

    [GeneratedRegex(@"[,(\u2014]|\s-\s|\s\u2013\s")]
    private static partial Regex HeadEnd();

    [GeneratedRegex(@"['\u2019]s?$")]
    private static partial Regex Possessive();
}
