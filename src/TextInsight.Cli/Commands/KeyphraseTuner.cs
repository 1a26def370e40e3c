using System.Globalization;
using TextInsight.Summaries;

namespace TextInsight.Cli.Commands;

/// <summary>
/// Chooses <see cref="KeyphraseWeights"/> by coordinate ascent over a grid of values per weight, on the mean of F1@5 and
/// F1@10 of the given documents, averaged over the groups given (samples of different annotators and sources, each
/// counting once: a change must help them together, not the larger one). Every weight is searched, the single-word factor and the count's exponent above 1 too:
/// on gold of the newswire kind (tests/keyphrase-sample) that is right; on 500N-KPCrowd, whose crowd gold is three in four
/// single words, those two would follow the crowd's taste for lone frequent words, so do not ship weights chosen there.
/// </summary>
internal static class KeyphraseTuner
{
    public static KeyphraseWeights Tune(IReadOnlyList<IReadOnlyList<(ArticleAnalysis Analysis, string[] Gold)>> groups, KeyphraseWeights start, TextWriter log)
    {
        ArgumentOutOfRangeException.ThrowIfZero(groups.Count);
        var best = start;
        double bestScore = Score(groups, best);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start: {100 * bestScore:0.00} ({best})"));
        for (int round = 0; round < 4; round++)
        {
            bool improved = false;
            foreach (var candidate in Neighbours(best))
            {
                double score = Score(groups, candidate);
                if (score > bestScore + 1e-9)
                {
                    bestScore = score;
                    best = candidate;
                    improved = true;
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {100 * bestScore:0.00} ({best})"));
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return best;
    }

    private static IEnumerable<KeyphraseWeights> Neighbours(KeyphraseWeights w)
    {
        foreach (double v in (double[])[0, 0.25, 0.5, 0.75, 0.9])
        {
            yield return w with { PositionBias = v };
        }

        foreach (int v in (int[])[1, 2, 3, 5, 10])
        {
            yield return w with { Window = v };
        }

        foreach (double v in (double[])[0, 0.5, 1, 1.5, 2])
        {
            yield return w with { Idf = v };
        }

        foreach (double v in (double[])[0, 0.5, 1, 2, 3, 4])
        {
            yield return w with { FirstPosition = v };
        }

        foreach (double v in (double[])[0, 0.25, 0.5, 0.75, 1, 1.5, 2])
        {
            yield return w with { Frequency = v };
        }

        foreach (double v in (double[])[0.1, 0.25, 0.5, 0.75, 1])
        {
            yield return w with { SingleWord = v };
        }

        foreach (double v in (double[])[0, 0.5, 1, 2, 4])
        {
            yield return w with { Title = v };
        }

        foreach (double v in (double[])[0, 0.5, 1, 2, 4])
        {
            yield return w with { Entity = v };
        }

        foreach (double v in (double[])[0, 0.25, 0.5, 1])
        {
            yield return w with { MiscWord = v };
        }
    }

    private static double Score(IReadOnlyList<IReadOnlyList<(ArticleAnalysis Analysis, string[] Gold)>> groups, KeyphraseWeights weights)
    {
        var extractor = new KeyphraseExtractor(weights, null);
        double sum = 0;
        foreach (var items in groups)
        {
            sum += Score(items, extractor);
        }

        return sum / groups.Count;
    }

    private static double Score(IReadOnlyList<(ArticleAnalysis Analysis, string[] Gold)> items, KeyphraseExtractor extractor)
    {
        var pairs = new List<(IReadOnlyList<string> Predicted, IReadOnlyList<string> Gold)>(items.Count);
        foreach (var (a, gold) in items)
        {
            pairs.Add((extractor.Extract(a.Structure, a.Sentences, a.EntityAnalysis, 10).Select(k => k.Text).ToArray(), gold));
        }

        return (KeyphraseEvaluator.Evaluate(pairs, 5).F1 + KeyphraseEvaluator.Evaluate(pairs, 10).F1) / 2;
    }
}
