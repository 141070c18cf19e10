using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.Sentences;

/// <summary>
/// Splits text into sentence spans that point into the original text (trimmed of surrounding space).
/// Rules: a line break always ends a sentence (headlines, paragraphs, captions); '.', '!', '?' and
/// ellipses end one when followed by space and something that can start a sentence; closing quotes and
/// brackets right after the terminator stay with the sentence ("...cooperation.”"). A period after a known
/// abbreviation ("Mr.", "Jan."), an initial ("J. Smith") or a decimal point does not end a sentence;
/// after a dotted initialism ("U.S.") it does only when the next word usually starts sentences.
/// Penn-Treebank-tokenized text (research corpora: "he said , `` we do n't know . ''") is recognised and
/// split at its lone terminator tokens instead (<see cref="TokenizedText"/>).
/// </summary>
public static class SentenceSplitter
{
    // Words after "U.S." that show a new sentence has begun ("... in the U.S. The ministry said").
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "This", "That", "There",
        "His", "Her", "Their", "Its", "On", "At", "For", "If", "As", "When", "While", "After", "Some", "Many",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        if (TokenizedText.Looks(text))
        {
            TokenizedText.Split(text, spans);
            return spans;
        }

        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(spans, text, start, i);
                start = i + 1;
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' or '\u2026')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '\u2026')
                {
                    end++;
                }

                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (EndsSentence(text, i, end))
                {
                    Add(spans, text, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static bool EndsSentence(string text, int terminator, int end)
    {
        var next = end;
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false; // "3.5", "U.S.-led", "Yahoo!News"
        }

        while (next < text.Length && text[next] is ' ' or '\t' or '\u00a0')
        {
            next++;
        }

        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }

        var first = text[next];
        var startsSentence = char.IsUpper(first) || char.IsDigit(first) || IsOpener(first);
        if (!startsSentence)
        {
            return false; // "e.g. something", "... and more"
        }

        var closers = end;
        while (closers > terminator && IsCloser(text[closers - 1]))
        {
            closers--;
        }

        if (text[terminator] != '.' || closers - terminator > 1)
        {
            return true; // '!', '?', ellipsis followed by a capital
        }

        if (closers < end)
        {
            return true; // a closing quote or bracket after the period
        }

        var word = WordBefore(text, terminator);
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "J. Smith"
        }

        if (word.Contains('.'))
        {
            // Dotted initialism ("U.S."): ends a sentence only before a typical sentence opener.
            return SentenceStarters.Contains(NextWord(text, next));
        }

        return !Lexicon.Lexicon.Instance.Abbreviations.Contains(word);
    }

    private static string WordBefore(string text, int period)
    {
        var from = period;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '.'))
        {
            from--;
        }

        return text[from..period];
    }

    private static string NextWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[at..end];
    }

    private static bool IsCloser(char c) => c is '"' or '\u201d' or '\u2019' or '\'' or ')' or ']' or '\u00bb';

    private static bool IsOpener(char c) => c is '"' or '\u201c' or '\u2018' or '\'' or '(' or '[' or '\u00ab';

    private static void Add(List<TextSpan> spans, string text, int start, int end) => TokenizedText.Add(spans, text, start, end);
}
