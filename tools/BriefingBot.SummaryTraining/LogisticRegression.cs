namespace BriefingBot.SummaryTraining;

/// <summary>
/// L2-regularised logistic regression by full-batch Adam on standardised features; the returned weights
/// act on the raw features (the standardisation is folded in), so the product only takes a dot product.
/// Feature 0 is the bias.
/// </summary>
internal static class LogisticRegression
{
    public static double[] Train(IReadOnlyList<double[]> rows, IReadOnlyList<double> labels, IReadOnlyList<double> sampleWeights, double l2, int iterations = 400)
    {
        var f = rows[0].Length;
        var mean = new double[f];
        var scale = new double[f];
        foreach (var row in rows)
        {
            for (var k = 1; k < f; k++)
            {
                mean[k] += row[k] / rows.Count;
            }
        }

        foreach (var row in rows)
        {
            for (var k = 1; k < f; k++)
            {
                scale[k] += (row[k] - mean[k]) * (row[k] - mean[k]) / rows.Count;
            }
        }

        for (var k = 1; k < f; k++)
        {
            scale[k] = scale[k] > 1e-12 ? Math.Sqrt(scale[k]) : 1;
        }

        scale[0] = 1;
        var x = rows.Select(r => Enumerable.Range(0, f).Select(k => k == 0 ? 1 : (r[k] - mean[k]) / scale[k]).ToArray()).ToArray();
        var w = new double[f];
        var m = new double[f];
        var v = new double[f];
        var totalWeight = sampleWeights.Sum();
        const double Rate = 0.05, Beta1 = 0.9, Beta2 = 0.999;
        var gradient = new double[f];
        for (var t = 1; t <= iterations; t++)
        {
            Array.Clear(gradient);
            for (var i = 0; i < x.Length; i++)
            {
                var z = 0.0;
                for (var k = 0; k < f; k++)
                {
                    z += w[k] * x[i][k];
                }

                var error = (1 / (1 + Math.Exp(-z))) - labels[i];
                var weight = sampleWeights[i] / totalWeight;
                for (var k = 0; k < f; k++)
                {
                    gradient[k] += weight * error * x[i][k];
                }
            }

            for (var k = 1; k < f; k++)
            {
                gradient[k] += l2 * w[k];
            }

            for (var k = 0; k < f; k++)
            {
                m[k] = (Beta1 * m[k]) + ((1 - Beta1) * gradient[k]);
                v[k] = (Beta2 * v[k]) + ((1 - Beta2) * gradient[k] * gradient[k]);
                var mHat = m[k] / (1 - Math.Pow(Beta1, t));
                var vHat = v[k] / (1 - Math.Pow(Beta2, t));
                w[k] -= Rate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }

        // Fold the standardisation back: w·((x - mean) / scale) = Σ (w/scale)·x - Σ w·mean/scale.
        var raw = new double[f];
        raw[0] = w[0];
        for (var k = 1; k < f; k++)
        {
            raw[k] = w[k] / scale[k];
            raw[0] -= w[k] * mean[k] / scale[k];
        }

        return raw;
    }
}
