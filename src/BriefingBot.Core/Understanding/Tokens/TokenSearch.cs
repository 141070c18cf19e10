namespace BriefingBot.Core.Understanding.Tokens;

/// <summary>Binary search over tokens by offset, so that span look-ups stay logarithmic on long articles.</summary>
internal static class TokenSearch
{
    /// <summary>The index of the first token that starts at or after <paramref name="offset"/> (Count when none).</summary>
    public static int FirstAtOrAfter(List<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The tokens that lie inside [start, end).</summary>
    public static List<Token> Within(List<Token> tokens, int start, int end)
    {
        var result = new List<Token>();
        for (var k = FirstAtOrAfter(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
        {
            result.Add(tokens[k]);
        }

        return result;
    }
}
