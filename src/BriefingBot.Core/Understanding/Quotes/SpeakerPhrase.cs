using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// Finds the noun phrase that names a speaker next to a reporting verb: a pronoun ("he"), a name with
/// its titles and modifiers ("longtime Democratic pollster Pat Caddell", "FM Cavusoglu"), or a
/// described source ("the ministry", "a senior official"), optionally followed by an appositive
/// ("Elnur Ismayil, a research fellow at ..., says"). Ranges are token indexes [Start, End).
/// Lower-case described sources without a speaker noun are found by <see cref="DescribedSource"/>.
/// </summary>
internal static class SpeakerPhrase
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "it", "who", "you",
    };

    // Capitalised words that open sentences or clauses but never belong to a name.
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "But", "And", "Or", "So", "Yet", "Then", "Also", "Still", "However", "When", "While", "After", "Before",
        "As", "If", "Because", "In", "On", "At", "For", "With", "Meanwhile", "Now", "Later", "Earlier", "Last",
        "This", "That", "These", "Those", "Here", "There", "What", "Why", "How", "Where", "Asked", "Speaking",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday",
        "He", "She", "They", "We", "It", "I", "You", "His", "Her", "Their", "Its", "Our", "My", "The", "A", "An",
    };

    // Words that may open a speaker phrase and end the walk back to its start: "the senator", "his spokesman".
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
            return DescribedSource.EndingAt(tokens, last, min);
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

            if (IsNameWord(t, lexicon))
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
        // "Hussain has repeatedly affirmed", "who in 2010 said": auxiliaries, adverbs and a time frame stand between speaker and verb.
        while (cue - 1 > min && TokenText.IsAdverb(tokens[cue - 1]))
        {
            cue--;
        }

        cue = TimeFrame.StartBefore(tokens, cue, min);
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

    private static bool IsHead(Token token, Lexicon.Lexicon lexicon) =>
        IsNameWord(token, lexicon) || lexicon.SpeakerNouns.Contains(token.Text);

    /// <summary>A capitalised word that can be part of a name: not a sentence opener, pronoun or day, and not a cue ("Says").</summary>
    public static bool IsNameWord(Token token, Lexicon.Lexicon lexicon) =>
        token.IsCapitalized && !NotNames.Contains(token.Text) && !lexicon.Cues.ContainsKey(token.Text);
}
