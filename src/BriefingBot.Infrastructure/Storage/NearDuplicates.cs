using System.Buffers.Binary;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// MinHash over word 3-shingles: a 64-value signature whose share of equal values estimates the Jaccard
/// similarity of two articles' wording, and 16 bands of 4 values for finding candidates by look-up. A pair
/// with similarity 0.6 shares a band with probability 1-(1-0.6^4)^16 ≈ 0.9; a pair at 0.2, ≈ 0.03.
/// </summary>
public static class NearDuplicates
{
    public const int SignatureLength = 64;
    public const int Bands = 16;
    public const int RowsPerBand = SignatureLength / Bands;

    /// <summary>Estimated similarity at or above which a later article is linked as a copy of an earlier one.</summary>
    public const double LinkThreshold = 0.6;

    /// <summary>
    /// The most articles one band's bucket offers as candidates: its earliest ones. A story copied more often
    /// than this still finds its original (the earliest of every bucket it fills); a bucket filled by articles
    /// that merely share template or boilerplate sentences stops costing a comparison per article stored. A near
    /// copy also shares the bands of the words that are its own, whose buckets stay small.
    /// </summary>
    public const int CandidatesPerBand = 16;

    /// <summary>Texts with fewer shingles are not fingerprinted: a headline or a two-line brief would match too easily.</summary>
    public const int MinShingles = 40;

    private const int ShingleWords = 3;

    /// <summary>The signature, or null when the text is too short to fingerprint.</summary>
    public static uint[]? Signature(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var words = Words(ContentHash.NormalizeText(body));
        if (words.Count - ShingleWords + 1 < MinShingles)
        {
            return null;
        }

        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var shingle = Fnv1a(words[i], Fnv1a(words[i + 1], Fnv1a(words[i + 2], 14695981039346656037UL)));
            for (var k = 0; k < SignatureLength; k++)
            {
                // One hash per signature position: the shingle's hash remixed with the position as seed.
                var value = (uint)(Mix(shingle + ((ulong)k * 0x9E3779B97F4A7C15UL)) >> 32);
                if (value < signature[k])
                {
                    signature[k] = value;
                }
            }
        }

        return signature;
    }

    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    /// <summary><see cref="Similarity(ReadOnlySpan{uint}, ReadOnlySpan{uint})"/> against a stored signature (<see cref="ToBytes"/>), without decoding it first.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<byte> stored)
    {
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == BinaryPrimitives.ReadUInt32LittleEndian(stored[(i * 4)..]))
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    /// <summary>One value per band: a hash of its rows.</summary>
    public static long[] BandValues(ReadOnlySpan<uint> signature)
    {
        var bands = new long[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var hash = 14695981039346656037UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                hash = Mix(hash ^ signature[(band * RowsPerBand) + row]);
            }

            bands[band] = (long)hash;
        }

        return bands;
    }

    public static byte[] ToBytes(ReadOnlySpan<uint> signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        }

        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var signature = new uint[bytes.Length / 4];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }

        return signature;
    }

    private static List<string> Words(string normalized)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var inWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(normalized[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static ulong Fnv1a(string word, ulong hash)
    {
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        // A separator, so "ab c" and "a bc" differ.
        return (hash ^ ' ') * 1099511628211UL;
    }

    // splitmix64's finaliser: spreads every input bit over the output.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
