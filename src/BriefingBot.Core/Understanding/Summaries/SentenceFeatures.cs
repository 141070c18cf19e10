namespace BriefingBot.Core.Understanding.Summaries;

/// <summary>
/// What the summary model knows about each sentence: where it sits (news puts the point first), how long
/// it is, how central it is to the article (TextRank, closeness to the article's word distribution, its
/// share of the article's key words, echo of the headline), and how it reads on its own (quotes,
/// questions, numbers, attribution, words that lean on the sentence before). Case-blind, so raw and
/// lowercased tokenized articles get the same features.
/// </summary>
internal static class SentenceFeatures
{
    public static readonly string[] Names =
    [
        "bias",
        "position-1", "position-2", "position-3", "position-4", "position-5", "position-6", "position-7-10",
        "relative-position", "within-budget", "position-over-budget",
        "log-length", "length-up-to-7", "length-8-14", "length-25-39", "length-40-up",
        "textrank", "textrank-rank", "centroid", "keywords", "headline",
        "quoted", "opens-with-quote", "question", "number", "attribution", "anaphoric-opening",
        "first-sentence-overlap", "content-share", "colon",
        "frequency", "centroid-rank", "frequency-rank", "length-rank", "headline-rank",
        "position-1-length", "position-2-length", "position-3-length", "early-quoted", "early-anaphoric", "early-textrank",
        "textrank-words", "textrank-words-rank",
    ];

    // Sentences this early are the lead, where length, quotes and centrality mean something else than further down.
    private const int Early = 3;

    // Features whose rank among the article's sentences is a feature too (1 = highest), so that an article's
    // overall level (long sentences, a wordy headline) does not shift every score alike.
    private static readonly (string Value, string Rank)[] Ranked =
    [
        ("textrank-words", "textrank-words-rank"), ("centroid", "centroid-rank"), ("frequency", "frequency-rank"), ("log-length", "length-rank"), ("headline", "headline-rank"),
    ];

    public static int Count => Names.Length;

    private const int KeywordCount = 10;

    /// <summary>
    /// Row-major features, <see cref="Count"/> per sentence. Without <paramref name="wordsRank"/> the second
    /// TextRank is skipped and its two features stay zero: for scoring with a model that gives them no weight.
    /// </summary>
    public static double[] Compute(SummaryDocument document, IReadOnlyList<string> sentences, int budget, bool wordsRank = true)
    {
        var n = document.Count;
        var f = Count;
        var x = new double[n * f];
        if (n == 0)
        {
            return x;
        }

        // Two centralities: over content words (drops "said", "mr", "year": what CNN/DailyMail's highlights
        // reward) and classic TextRank over all but NLTK's function words (what BBC's extracts reward).
        var textRank = Centrality.TextRank(document.Content);
        var wordsTextRank = wordsRank ? Centrality.TextRank(document.RankWords) : null;
        var rankOrder = new int[n];
        for (var i = 0; i < n; i++)
        {
            rankOrder[i] = i;
        }

        Array.Sort(rankOrder, (a, b) => textRank[b].CompareTo(textRank[a]) is var c && c != 0 ? c : a.CompareTo(b));
        var rankOf = new int[n];
        for (var r = 0; r < n; r++)
        {
            rankOf[rankOrder[r]] = r;
        }

        // Article term frequencies of content words, and the article's key words (most frequent).
        var frequency = new int[document.Vocabulary];
        foreach (var words in document.Words)
        {
            foreach (var w in words)
            {
                if (document.Kinds[w].HasFlag(WordKind.Content))
                {
                    frequency[w]++;
                }
            }
        }

        var keywords = KeyWords(frequency);
        var maxFrequency = frequency.Length == 0 ? 0 : frequency.Max();
        var documentNorm = 0.0;
        foreach (var count in frequency)
        {
            documentNorm += (double)count * count;
        }

        var sentenceFrequency = new Dictionary<int, int>();
        for (var i = 0; i < n; i++)
        {
            var row = x.AsSpan(i * f, f);
            var words = document.Words[i];
            var length = words.Length;
            var k = 0;
            row[k++] = 1;
            for (var p = 0; p < 6; p++)
            {
                row[k++] = i == p ? 1 : 0;
            }

            row[k++] = i is >= 6 and < 10 ? 1 : 0;
            row[k++] = n > 1 ? (double)i / (n - 1) : 0;
            row[k++] = i < budget ? 1 : 0;
            row[k++] = Math.Min((double)i / Math.Max(1, budget), 3) / 3;

            row[k++] = Math.Log(1 + length);
            row[k++] = length <= 7 ? 1 : 0;
            row[k++] = length is >= 8 and <= 14 ? 1 : 0;
            row[k++] = length is >= 25 and <= 39 ? 1 : 0;
            row[k++] = length >= 40 ? 1 : 0;

            row[k++] = Math.Min(textRank[i], 3);
            row[k++] = 1 - ((double)rankOf[i] / n);
            row[k++] = Centroid(document, words, frequency, documentNorm, sentenceFrequency);
            row[k++] = keywords.Length == 0 ? 0 : (double)SummaryDocument.Overlap(document.Content[i], keywords) / keywords.Length;
            row[k++] = document.TitleContent.Length == 0 ? 0 : (double)SummaryDocument.Overlap(document.Content[i], document.TitleContent) / document.TitleContent.Length;

            var text = sentences[i];
            var (quoted, opensWithQuote) = Quotes(text);
            row[k++] = quoted;
            row[k++] = opensWithQuote ? 1 : 0;
            row[k++] = text.TrimEnd(QuoteClosers).EndsWith('?') ? 1 : 0;
            row[k++] = HasKind(document, words, WordKind.Number) ? 1 : 0;
            row[k++] = HasKind(document, words, WordKind.Cue) ? 1 : 0;
            row[k++] = length > 0 && document.Kinds[words[0]].HasFlag(WordKind.Anaphoric) ? 1 : 0;

            row[k++] = i == 0 || document.Content[i].Length == 0 ? 0 : (double)SummaryDocument.Overlap(document.Content[i], document.Content[0]) / document.Content[i].Length;
            row[k++] = length == 0 ? 0 : (double)document.Content[i].Length / length;
            row[k++] = text.Contains(':') ? 1 : 0;
            row[k++] = Frequency(document, words, frequency, maxFrequency);
            k += 4; // the centroid, frequency, length and headline ranks: filled below
            for (var p = 0; p < Early; p++)
            {
                row[k++] = i == p ? Math.Log(1 + length) : 0;
            }

            var early = i < Early ? 1 : 0;
            row[k++] = early * quoted;
            row[k++] = early * (length > 0 && document.Kinds[words[0]].HasFlag(WordKind.Anaphoric) ? 1 : 0);
            row[k++] = early * Math.Min(textRank[i], 3);
            row[k++] = wordsTextRank is null ? 0 : Math.Min(wordsTextRank[i], 3);
            k++; // its rank: filled below
            System.Diagnostics.Debug.Assert(k == f, "every feature has its slot");

        }

        foreach (var (value, rank) in Ranked)
        {
            RankWithin(x, n, Array.IndexOf(Names, value), Array.IndexOf(Names, rank));
        }

        return x;
    }

    private static void RankWithin(double[] x, int n, int value, int rank)
    {
        var f = Count;
        for (var i = 0; i < n; i++)
        {
            var above = 0;
            var own = x[(i * f) + value];
            for (var j = 0; j < n; j++)
            {
                above += x[(j * f) + value] > own ? 1 : 0;
            }

            x[(i * f) + rank] = 1 - ((double)above / n);
        }
    }

    // Mean article frequency of the sentence's content words, relative to the article's most frequent word.
    private static double Frequency(SummaryDocument document, int[] words, int[] frequency, int max)
    {
        double sum = 0;
        var content = 0;
        foreach (var w in words)
        {
            if (document.Kinds[w].HasFlag(WordKind.Content))
            {
                sum += frequency[w];
                content++;
            }
        }

        return content == 0 || max == 0 ? 0 : sum / content / max;
    }

    private static readonly char[] QuoteClosers = ['"', '\'', '\u201d', '\u2019', ' ', ')'];

    private static int[] KeyWords(int[] frequency)
    {
        var order = Enumerable.Range(0, frequency.Length).Where(w => frequency[w] > 1).ToArray();
        Array.Sort(order, (a, b) => frequency[b] != frequency[a] ? frequency[b].CompareTo(frequency[a]) : a.CompareTo(b));
        var top = order.Length > KeywordCount ? order[..KeywordCount] : order;
        Array.Sort(top);
        return top;
    }

    // Cosine between the sentence's content-word counts and the rest of the article's.
    private static double Centroid(SummaryDocument document, int[] words, int[] frequency, double documentNorm, Dictionary<int, int> counts)
    {
        counts.Clear();
        foreach (var w in words)
        {
            if (document.Kinds[w].HasFlag(WordKind.Content))
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        if (counts.Count == 0)
        {
            return 0;
        }

        double dot = 0, own = 0, restNorm = documentNorm;
        foreach (var (w, c) in counts)
        {
            var rest = frequency[w] - c;
            dot += (double)c * rest;
            own += (double)c * c;
            restNorm += ((double)rest * rest) - ((double)frequency[w] * frequency[w]);
        }

        return restNorm <= 0 ? 0 : dot / Math.Sqrt(own * restNorm);
    }

    private static bool HasKind(SummaryDocument document, int[] words, WordKind kind)
    {
        foreach (var w in words)
        {
            if (document.Kinds[w].HasFlag(kind))
            {
                return true;
            }
        }

        return false;
    }

    // Share of the sentence's characters inside quotation marks (straight, curly or `` '' tokens), and
    // whether it opens with one.
    private static (double Share, bool Opens) Quotes(string text)
    {
        var inside = false;
        var quotedChars = 0;
        var opens = false;
        var firstSeen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mark = c is '"' or '\u201c' or '\u201d'
                || (c == '`' && i + 1 < text.Length && text[i + 1] == '`')
                || (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'');
            if (!firstSeen && !char.IsWhiteSpace(c))
            {
                firstSeen = true;
                opens = mark;
            }

            if (mark)
            {
                inside = c switch
                {
                    '\u201c' or '`' => true,
                    '\u201d' or '\'' => false,
                    _ => !inside,
                };
                if (c is '`' or '\'')
                {
                    i++;
                }

                continue;
            }

            if (inside)
            {
                quotedChars++;
            }
        }

        return (text.Length == 0 ? 0 : (double)quotedChars / text.Length, opens);
    }
}
