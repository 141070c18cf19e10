namespace BriefingBot.SummaryTraining;

/// <summary>
/// Oracle labels: the sentences that greedy selection picks to maximise the mean of ROUGE-1 and ROUGE-2
/// F1 against the reference (Nallapati et al. 2017), adding one at a time while the score still rises.
/// </summary>
internal static class Oracle
{
    public static bool[] Labels(Item item, int maxSentences)
    {
        var reference1 = Rouge.Grams(item.ReferenceTokens, 1);
        var reference2 = Rouge.Grams(item.ReferenceTokens, 2);
        var tokens = item.Sentences.Select(Rouge.Tokens).ToArray();
        var chosen = new bool[tokens.Length];
        var picked = new List<int>();
        var best = 0.0;
        while (picked.Count < maxSentences)
        {
            var bestIndex = -1;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (chosen[i])
                {
                    continue;
                }

                var candidate = picked.Append(i).Order().SelectMany(k => tokens[k]).ToArray();
                var score = (Rouge.N(Rouge.Grams(candidate, 1), reference1) + Rouge.N(Rouge.Grams(candidate, 2), reference2)) / 2;
                if (score > best)
                {
                    best = score;
                    bestIndex = i;
                }
            }

            if (bestIndex < 0)
            {
                break;
            }

            chosen[bestIndex] = true;
            picked.Add(bestIndex);
        }

        return chosen;
    }
}
