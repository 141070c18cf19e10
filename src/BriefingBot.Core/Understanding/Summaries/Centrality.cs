using System.Buffers;

namespace BriefingBot.Core.Understanding.Summaries;

/// <summary>
/// TextRank centrality (Mihalcea &amp; Tarau 2004): PageRank over sentences linked by shared content words,
/// normalised by sentence length as in the paper, |Si ∩ Sj| / (log |Si| + log |Sj|).
/// </summary>
internal static class Centrality
{
    private const double Damping = 0.85;
    private const int Iterations = 30;

    /// <summary>One score per sentence, scaled so the mean is 1 (comparable across article lengths).</summary>
    public static double[] TextRank(SummaryDocument document)
    {
        var n = document.Count;
        var result = new double[n];
        if (n == 0)
        {
            return result;
        }

        // One flat, pooled matrix: long articles would otherwise allocate n² doubles per call.
        var similarity = ArrayPool<double>.Shared.Rent(n * n);
        var scratch = ArrayPool<double>.Shared.Rent(3 * n);
        try
        {
            var outSum = scratch.AsSpan(0, n);
            var next = scratch.AsSpan(n, n);
            var share = scratch.AsSpan(2 * n, n);
            outSum.Clear();
            var content = document.Content;
            for (var i = 0; i < n; i++)
            {
                similarity[(i * n) + i] = 0;
                for (var j = i + 1; j < n; j++)
                {
                    var value = Similarity(content[i], content[j]);
                    similarity[(i * n) + j] = value;
                    similarity[(j * n) + i] = value;
                    outSum[i] += value;
                    outSum[j] += value;
                }
            }

            var rank = result.AsSpan();
            rank.Fill(1.0 / n);
            for (var iteration = 0; iteration < Iterations; iteration++)
            {
                for (var j = 0; j < n; j++)
                {
                    share[j] = outSum[j] > 0 ? rank[j] / outSum[j] : 0;
                }

                var change = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var sum = 0.0;
                    var row = similarity.AsSpan(i * n, n);
                    for (var j = 0; j < n; j++)
                    {
                        sum += row[j] * share[j];
                    }

                    next[i] = ((1 - Damping) / n) + (Damping * sum);
                    change += Math.Abs(next[i] - rank[i]);
                }

                next.CopyTo(rank);
                if (change < 1e-6)
                {
                    break;
                }
            }

            for (var i = 0; i < n; i++)
            {
                rank[i] *= n;
            }

            return result;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(similarity);
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    public static double Similarity(int[] a, int[] b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var overlap = SummaryDocument.Overlap(a, b);
        return overlap == 0 ? 0 : overlap / (Math.Log(a.Length) + Math.Log(b.Length));
    }
}
