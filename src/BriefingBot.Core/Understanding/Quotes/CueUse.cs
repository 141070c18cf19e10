using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Whether a cue word is used as a reporting verb at all: many cues are also nouns ("the final say",
/// "his comments") or passives ("was first reported by"), which report no speech of their subject.
/// </summary>
internal static class CueUse
{
    private static readonly HashSet<string> FormsOfBe = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "be", "been", "being", "get", "got",
    };

    /// <summary>"was first reported by", "is expected to": a passive cue reports no speech of its subject.</summary>
    public static bool IsPassive(List<Token> tokens, int cue, int sentenceStart)
    {
        var j = cue - 1;
        while (j > sentenceStart && TokenText.IsAdverb(tokens[j]) && !FormsOfBe.Contains(tokens[j].Text))
        {
            j--;
        }

        return j >= sentenceStart && FormsOfBe.Contains(tokens[j].Text) && tokens[cue].Text.EndsWith("ed", StringComparison.Ordinal)
            || (cue + 1 < tokens.Count && tokens[cue + 1].Is("by"));
    }

    /// <summary>
    /// A base-form cue ("think", "say") after a name or determiner is a noun or a compound
    /// ("BILGESAM think tank", "the final say"), not a reporting verb: those need a pronoun or a plural subject.
    /// </summary>
    public static bool IsNounUse(List<Token> tokens, int cue)
    {
        var word = tokens[cue].Text;
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return IsPluralNoun(tokens, cue);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "wrote" or "thought")
        {
            return IsAdjective(tokens, cue);
        }

        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        if (cue == 0)
        {
            return true; // nothing before it to be its subject
        }

        var before = tokens[cue - 1];
        if (before.IsWord && before.IsCapitalized && word is "say" or "tell" or "ask")
        {
            return false; // "Police say", "Democrats tell"
        }

        // "Six in 10 say", "sources close to the campaign say": "say" is a noun only after a determiner ("the final say").
        if (word is "say" && before.IsWord && !NounDeterminers.Contains(before.Text) && !before.Is("final"))
        {
            return false;
        }

        // "His critics, many of them lawyers, argue ...": an appositive closes before the verb.
        return !(before.Text == "," || before.IsWord && (SpeakerPhrase.IsPronoun(before) || before.Text.EndsWith('s') || before.Is("to") || TokenText.IsAdverb(before)));
    }

    /// <summary>"a hastily called meeting", "the widely reported remark", "his stated goal": a participle after a determiner describes a noun.</summary>
    private static bool IsAdjective(List<Token> tokens, int cue)
    {
        var j = cue - 1;
        while (j > 0 && tokens[j].IsWord && !tokens[j].IsCapitalized && tokens[j].Text.EndsWith("ly", StringComparison.Ordinal))
        {
            j--;
        }

        return j >= 0 && tokens[j].IsWord && tokens[j].Text.ToLowerInvariant() is "a" or "an" or "the" or "his" or "her" or "their" or "its" or "our" or "my" or "your";
    }

    // Words before a plural noun that a third-person verb never follows: "six states", "his comments".
    private static readonly HashSet<string> NounDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "these", "those", "his", "her", "their", "its", "our", "my", "your", "several", "many", "some", "all", "both",
        "other", "few", "more", "most", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "recent", "earlier", "previous", "public", "such", "whose", "no", "any", "new",
    };

    // Words after a plural noun that a reporting verb never takes: "comments are", "states with 309 votes".
    private static readonly HashSet<string> NounFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "are", "were", "have", "had", "with", "of", "on", "at", "from", "will", "would", ")",
    };

    /// <summary>"says" is a verb; "several states", "Trump’s comments are", "the plans of": the -s word is a plural noun.</summary>
    private static bool IsPluralNoun(List<Token> tokens, int cue)
    {
        if (tokens[cue].Is("says"))
        {
            return false;
        }

        if (cue > 0 && (tokens[cue - 1].IsPossessive || NounDeterminers.Contains(tokens[cue - 1].Text) || tokens[cue - 1].Text.All(char.IsDigit)))
        {
            return true;
        }

        return cue + 1 < tokens.Count && NounFollowers.Contains(tokens[cue + 1].Text);
    }
}
