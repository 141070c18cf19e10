using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// A source described in lower case rather than named, the fallback of <see cref="SpeakerPhrase.Backward"/>
/// when the word before the cue is no name or speaker noun: "the bank", "several cast members",
/// "Connecticut’s tax commissioner", and poll shares that speak ("47 percent said", "nearly half said").
/// </summary>
internal static class DescribedSource
{
    // Words that open a described source: "the bank", "several cast members", "many lawmakers".
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "several", "many", "some", "most", "other", "two", "three", "four", "both", "all", "few", "his", "her", "their", "its",
    };

    /// <summary>
    /// A lower-case source with a determiner or a possessive in front, up to four words:
    /// "the bank", "several cast members", "Connecticut’s tax commissioner".
    /// </summary>
    public static (int Start, int End)? EndingAt(List<Token> tokens, int last, int min)
    {
        var head = tokens[last];
        if (Shares.Contains(head.Text) || head.Text.All(char.IsDigit))
        {
            return Share(tokens, last, min);
        }

        if (head.IsCapitalized || Lexicon.Lexicon.Instance.StopWords.Contains(head.Text) || head.Text.Length < 3 || head.Text.EndsWith("ly", StringComparison.Ordinal) || head.Text.EndsWith("ed", StringComparison.Ordinal) || Quantifiers.Contains(head.Text))
        {
            return null;
        }

        for (var j = last - 1; j >= min - 1 && j >= last - 4; j--)
        {
            // A bare plural opening the clause: "But critics say", "Analysts said".
            if (j < min || !tokens[j].IsWord || SpeakerPhrase.NotNames.Contains(tokens[j].Text))
            {
                return head.Text.EndsWith('s') && !head.Text.EndsWith("ss", StringComparison.Ordinal) && last - j <= 2 ? (j + 1, last + 1) : null;
            }

            var t = tokens[j];

            if (Quantifiers.Contains(t.Text) || (t.IsCapitalized && t.IsPossessive))
            {
                return (j, last + 1);
            }

            if (SpeakerPhrase.IsNameWord(t, Lexicon.Lexicon.Instance))
            {
                continue; // "The New York businessman", "the Clinton campaign"
            }

            if (t.IsCapitalized || Lexicon.Lexicon.Instance.Cues.ContainsKey(t.Text) || t.Is("that") || t.Is("and") || t.Is("to") || t.Is("of"))
            {
                return null;
            }
        }

        return null;
    }

    // Poll shares that speak: "47 percent said", "nearly half said", "more than 4 in 10 said".
    private static readonly HashSet<string> Shares = new(StringComparer.OrdinalIgnoreCase)
    {
        "percent", "half", "third", "thirds", "quarter", "quarters", "majority", "most", "10",
    };

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "more", "than", "less", "fewer", "nearly", "about", "almost", "only", "just", "roughly", "around",
        "over", "under", "a", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    };

    /// <summary>"47 percent", "more than 4 in 10": the share phrase that ends at <paramref name="last"/>.</summary>
    private static (int Start, int End)? Share(List<Token> tokens, int last, int min)
    {
        var start = last;
        while (start - 1 >= min && start > last - 6 && tokens[start - 1].IsWord
            && (ShareWords.Contains(tokens[start - 1].Text) || char.IsDigit(tokens[start - 1].Text[0]) || tokens[start - 1].Text.Contains('-')))
        {
            start--;
        }

        return (start, last + 1);
    }
}
