using System.Text.RegularExpressions;

namespace BriefingBot.SummaryTraining;

/// <summary>ROUGE-1, -2 and -L F1 exactly as ../shared/eval/rouge.py computes them: lowercase [a-z0-9]+ tokens, no stemming.</summary>
internal static partial class Rouge
{
    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Token();

    public static string[] Tokens(string text) => Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();

    public static Dictionary<string, int> Grams(string[] tokens, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens, i, n);
            grams[key] = grams.GetValueOrDefault(key) + 1;
        }

        return grams;
    }

    public static double N(Dictionary<string, int> system, Dictionary<string, int> reference)
    {
        var overlap = 0;
        var systemTotal = 0;
        foreach (var (gram, count) in system)
        {
            systemTotal += count;
            overlap += Math.Min(count, reference.GetValueOrDefault(gram));
        }

        return F1(overlap, systemTotal, reference.Values.Sum());
    }

    public static double L(string[] system, string[] reference)
    {
        var previous = new int[reference.Length + 1];
        var current = new int[reference.Length + 1];
        foreach (var x in system)
        {
            current[0] = 0;
            for (var j = 0; j < reference.Length; j++)
            {
                current[j + 1] = x == reference[j] ? previous[j] + 1 : Math.Max(previous[j + 1], current[j]);
            }

            (previous, current) = (current, previous);
        }

        return F1(previous[reference.Length], system.Length, reference.Length);
    }

    public static double F1(int overlap, int systemTotal, int referenceTotal)
    {
        if (overlap == 0 || systemTotal == 0 || referenceTotal == 0)
        {
            return 0;
        }

        double p = (double)overlap / systemTotal, r = (double)overlap / referenceTotal;
        return 2 * p * r / (p + r);
    }
}
