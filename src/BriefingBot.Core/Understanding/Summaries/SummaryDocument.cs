namespace BriefingBot.Core.Understanding.Summaries;

/// <summary>
/// An article's sentences as word ids, the form every summary feature is computed from. Words are
/// lowercase letter-and-digit runs, so raw ("Don't") and tokenized ("do n't") text give nearly the same
/// words, and case never matters: CNN/DailyMail-style corpora are lowercased, news pages are not.
/// </summary>
internal sealed class SummaryDocument
{
    private SummaryDocument(int[][] words, int[][] content, WordKind[] kinds, int[] titleContent)
    {
        Words = words;
        Content = content;
        Kinds = kinds;
        TitleContent = titleContent;
    }

    /// <summary>Every word of each sentence, in order, as an id.</summary>
    public int[][] Words { get; }

    /// <summary>The distinct non-stop words of each sentence, sorted ids (overlaps become merges).</summary>
    public int[][] Content { get; }

    /// <summary>Indexed by word id: what kind of word it is.</summary>
    public WordKind[] Kinds { get; }

    /// <summary>The distinct non-stop words of the headline, sorted ids; empty without a headline.</summary>
    public int[] TitleContent { get; }

    public int Count => Words.Length;

    public int Vocabulary => Kinds.Length;

    public static SummaryDocument Build(IReadOnlyList<string> sentences, string? title)
    {
        var reader = new WordReader();
        var words = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            words[s] = reader.Read(sentences[s]);
        }

        var titleWords = IsHeadline(title, sentences) ? reader.Read(title!) : [];
        var kinds = reader.Kinds.ToArray();
        var isContent = kinds.Select(k => k.HasFlag(WordKind.Content)).ToArray();
        var contentSets = new int[words.Length][];
        for (var s = 0; s < words.Length; s++)
        {
            contentSets[s] = DistinctContent(words[s], isContent);
        }

        return new SummaryDocument(words, contentSets, kinds, DistinctContent(titleWords, isContent));
    }

    // Without a headline, extraction falls back to the opening words of the first sentence ("Tehran agreed…"):
    // that is no headline, and would only echo the first sentence.
    private static bool IsHeadline(string? title, IReadOnlyList<string> sentences)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return false;
        }

        var opening = title.TrimEnd('\u2026').TrimEnd();
        return sentences.Count == 0 || !sentences[0].StartsWith(opening, StringComparison.Ordinal);
    }

    private static int[] DistinctContent(int[] words, bool[] isContent)
    {
        var count = 0;
        foreach (var w in words)
        {
            count += isContent[w] ? 1 : 0;
        }

        var result = new int[count];
        var k = 0;
        foreach (var w in words)
        {
            if (isContent[w])
            {
                result[k++] = w;
            }
        }

        Array.Sort(result);
        var distinct = 0;
        for (var i = 0; i < result.Length; i++)
        {
            if (i == 0 || result[i] != result[i - 1])
            {
                result[distinct++] = result[i];
            }
        }

        return distinct == result.Length ? result : result[..distinct];
    }

    /// <summary>How many ids two sorted id sets share.</summary>
    public static int Overlap(int[] a, int[] b)
    {
        int x = 0, y = 0, overlap = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                overlap++;
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return overlap;
    }
}

[Flags]
internal enum WordKind
{
    None = 0,

    /// <summary>Not a stop word: carries the topic.</summary>
    Content = 1,

    /// <summary>A reporting verb ("said", "told"): the sentence attributes what it says.</summary>
    Cue = 2,

    /// <summary>Refers back ("he", "but", "however"): the sentence leans on the one before it.</summary>
    Anaphoric = 4,

    /// <summary>All digits: counts, dates, scores.</summary>
    Number = 8,
}

/// <summary>Lowercase word runs to ids, one dictionary per document, without a string per occurrence.</summary>
internal sealed class WordReader
{
    private const int MaxWordLength = 64;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _buffer = new(64);
    private readonly char[] _lower = new char[MaxWordLength];

    public List<WordKind> Kinds { get; } = [];

    public int[] Read(string text)
    {
        var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _buffer.Clear();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // A URL-length "word" carries no more meaning in full.
                var word = text.AsSpan(start, Math.Min(i - start, MaxWordLength));
                start = -1;
                var key = _lower.AsSpan(0, word.ToLowerInvariant(_lower));
                if (!lookup.TryGetValue(key, out var id))
                {
                    id = _ids.Count;
                    lookup[key] = id;
                    Kinds.Add(Classify(key));
                }

                _buffer.Add(id);
            }
        }

        return _buffer.ToArray();
    }

    private static WordKind Classify(ReadOnlySpan<char> word)
    {
        var lexicon = Lexicon.Lexicon.Instance;
        var kind = WordKind.None;
        if (!lexicon.StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            kind |= WordKind.Content;
        }

        if (lexicon.Cues.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word))
        {
            kind |= WordKind.Cue;
        }

        if (SummaryWords.Anaphora.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            kind |= WordKind.Anaphoric;
        }

        var digits = true;
        foreach (var c in word)
        {
            digits &= char.IsDigit(c);
        }

        return digits ? kind | WordKind.Number : kind;
    }
}
