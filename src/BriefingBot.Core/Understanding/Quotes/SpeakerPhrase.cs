using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Finds the noun phrase that names a speaker next to a reporting verb: a pronoun ("he"), a name with
/// its titles and modifiers ("longtime Democratic pollster Pat Caddell", "FM Cavusoglu"), or a
/// described source ("the ministry", "a senior official"), optionally followed by an appositive
/// ("Elnur Ismayil, a research fellow at ..., says"). Ranges are token indexes [Start, End).
/// </summary>
internal static class SpeakerPhrase
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "it", "who", "you",
    };

    // Capitalised words that open sentences or clauses but never belong to a name.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "But", "And", "Or", "So", "Yet", "Then", "Also", "Still", "However", "When", "While", "After", "Before",
        "As", "If", "Because", "In", "On", "At", "For", "With", "Meanwhile", "Now", "Later", "Earlier", "Last",
        "This", "That", "These", "Those", "Here", "There", "What", "Why", "How", "Where", "Asked", "Speaking",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
        "He", "She", "They", "We", "It", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "The", "A", "An",
    };

    // Words that open a described source: "the bank", "several cast members", "many lawmakers".
    private static readonly HashSet<string> Quantifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "several", "many", "some", "most", "other", "two", "three", "four", "both", "all", "few", "his", "her", "their", "its",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "some", "many", "several", "two", "three",
    };

    public static bool IsPronoun(Token token) => token.IsWord && Pronouns.Contains(token.Text);

    /// <summary>The speaker phrase that ends right before <paramref name="end"/>, not reaching before <paramref name="min"/>.</summary>
    public static (int Start, int End)? Backward(List<Token> tokens, int end, int min)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        var last = end - 1;

        // "Rep. Gwen Moore (D-Wis.) said": a short parenthesis after the name belongs to it.
        if (last > min && tokens[last].Text == ")")
        {
            var open = last - 1;
            while (open > min && open > last - 8 && tokens[open].Text != "(")
            {
                open--;
            }

            if (tokens[open].Text == "(" && Backward(tokens, open, min) is { } named && tokens[open - 1].IsCapitalized)
            {
                return (named.Start, end);
            }

            return null;
        }

        if (last < min || !tokens[last].IsWord)
        {
            return null;
        }

        if (IsPronoun(tokens[last]))
        {
            return (last, end);
        }

        if (!IsHead(tokens[last], lexicon))
        {
            return Described(tokens, last, min);
        }

        var start = last;
        while (start - 1 >= min)
        {
            var t = tokens[start - 1];
            if (!t.IsWord)
            {
                break;
            }

            if (Determiners.Contains(t.Text))
            {
                start--;
                break;
            }

            if (t.IsCapitalized && !NotNames.Contains(t.Text) && !lexicon.Cues.ContainsKey(t.Text))
            {
                start--;
                continue;
            }

            if (!t.IsCapitalized && (lexicon.SpeakerNouns.Contains(t.Text) || t.Text.EndsWith("-based", StringComparison.Ordinal)))
            {
                start--;
                continue;
            }

            if (t.Is("of") && start - 2 >= min && tokens[start - 2].IsCapitalized)
            {
                start--;
                continue;
            }

            // "Mr. Grassley and Mr. Leahy say"
            if (t.Is("and") && start - 2 >= min && tokens[start - 2].IsCapitalized && tokens[start].IsCapitalized && !NotNames.Contains(tokens[start - 2].Text))
            {
                start--;
                continue;
            }

            break;
        }

        // "of" joins names ("Secretary of State"), it cannot open a phrase.
        while (start < last && tokens[start].Is("of"))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>The speaker phrase that starts at <paramref name="start"/>, ending before <paramref name="max"/>.</summary>
    public static (int Start, int End)? Forward(List<Token> tokens, int start, int max)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        if (start >= max || !tokens[start].IsWord)
        {
            return null;
        }

        if (IsPronoun(tokens[start]))
        {
            return (start, start + 1);
        }

        var end = start;
        if (Determiners.Contains(tokens[end].Text))
        {
            end++;
        }

        var lastHead = -1;
        while (end < max && (tokens[end].IsWord || (tokens[end].Text == "(" && lastHead == end - 1)))
        {
            if (tokens[end].Text == "(")
            {
                var close = end + 1;
                while (close < max && close < end + 8 && tokens[close].Text != ")")
                {
                    close++;
                }

                if (close < max && tokens[close].Text == ")")
                {
                    lastHead = close;
                    end = close + 1;
                    continue;
                }

                break;
            }

            var t = tokens[end];
            if (t.IsCapitalized && !NotNames.Contains(t.Text) && (!lexicon.Cues.ContainsKey(t.Text) || (lastHead == end - 1 && lastHead >= start)))
            {
                lastHead = end; // a capitalised cue word inside a name is part of it: "the United States"
            }
            else if (!t.IsCapitalized && lexicon.SpeakerNouns.Contains(t.Text))
            {
                lastHead = end;
            }
            else if (lastHead >= start && end - lastHead <= 2 && ModifiesSpeakerNoun(tokens, end, max, lexicon))
            {
                // "the Democratic presidential candidate": a lower-case modifier on the way to the noun
            }
            else if (t.Is("of") && end + 2 < max && tokens[end + 1].Is("the") && tokens[end + 2].IsCapitalized && lastHead == end - 1)
            {
                end++; // "Mr. Morgan of the Sierra Club"
            }
            else if (t.Is("of") && end + 1 < max && tokens[end + 1].IsCapitalized)
            {
                // "Secretary of State": continue
            }
            else if (!t.IsCapitalized && t.Text.EndsWith("-based", StringComparison.Ordinal))
            {
                // modifier
            }
            else
            {
                break;
            }

            end++;
        }

        return lastHead < 0 ? null : (start, lastHead + 1);
    }

    /// <summary>A lower-case word, or two, followed by a speaker noun ("presidential candidate", "national security adviser").</summary>
    private static bool ModifiesSpeakerNoun(List<Token> tokens, int at, int max, Lexicon.Lexicon lexicon)
    {
        for (var j = at; j < max && j < at + 2; j++)
        {
            var t = tokens[j];
            if (!t.IsWord || t.IsCapitalized || lexicon.Cues.ContainsKey(t.Text) || lexicon.StopWords.Contains(t.Text))
            {
                return false;
            }

            if (j + 1 < max && tokens[j + 1].IsWord && !tokens[j + 1].IsCapitalized && lexicon.SpeakerNouns.Contains(tokens[j + 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Before a reporting verb: the speaker phrase, or a name followed by an appositive
    /// ("Elnur Ismayil, a research fellow at the BILGESAM think tank, says"), whose span then covers both.
    /// </summary>
    public static (int Start, int End)? BeforeCue(List<Token> tokens, int cue, int min)
    {
        // "Hussain has repeatedly affirmed": auxiliaries and adverbs stand between speaker and verb.
        while (cue - 1 > min && TokenText.IsAdverb(tokens[cue - 1]))
        {
            cue--;
        }

        var direct = Backward(tokens, cue, min);
        if (direct is not null)
        {
            return direct;
        }

        if (cue - 1 < min || tokens[cue - 1].Text != ",")
        {
            return null;
        }

        // Walk back over the appositive to the comma that opens it.
        for (var j = cue - 2; j > min && j > cue - 30; j--)
        {
            var t = tokens[j];
            if (t.Kind is TokenKind.QuoteMark or TokenKind.LineBreak || t.Text is "." or ";" or "?" or "!")
            {
                return null;
            }

            if (t.Text == ",")
            {
                var name = Backward(tokens, j, min);
                if (name is { } n && !IsPronoun(tokens[n.End - 1]) && (tokens[n.End - 1].IsCapitalized || Lexicon.Lexicon.Instance.SpeakerNouns.Contains(tokens[n.End - 1].Text)))
                {
                    return (n.Start, cue - 1);
                }

                // "Marley Anderson, 21, a junior from Las Vegas, said": keep walking over short segments.
                if (cue - j > 30)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A lower-case source with a determiner or a possessive in front, up to four words:
    /// "the bank", "several cast members", "Connecticut’s tax commissioner".
    /// </summary>
    private static (int Start, int End)? Described(List<Token> tokens, int last, int min)
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
            if (j < min || !tokens[j].IsWord || NotNames.Contains(tokens[j].Text))
            {
                return head.Text.EndsWith('s') && !head.Text.EndsWith("ss", StringComparison.Ordinal) && last - j <= 2 ? (j + 1, last + 1) : null;
            }

            var t = tokens[j];

            if (Quantifiers.Contains(t.Text) || (t.IsCapitalized && t.IsPossessive))
            {
                return (j, last + 1);
            }

            if (t.IsCapitalized && !NotNames.Contains(t.Text) && !Lexicon.Lexicon.Instance.Cues.ContainsKey(t.Text))
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

    private static bool IsHead(Token token, Lexicon.Lexicon lexicon) =>
        (token.IsCapitalized && !NotNames.Contains(token.Text) && !lexicon.Cues.ContainsKey(token.Text))
        || lexicon.SpeakerNouns.Contains(token.Text);
}
