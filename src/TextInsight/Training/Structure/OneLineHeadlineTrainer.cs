using TextInsight.Structure.Evaluation;
using TextInsight.Text;

namespace TextInsight.Structure.Training;

/// <summary>How <see cref="OneLineHeadline"/> decided on a set of articles, each flattened with and without its headline.</summary>
/// <param name="Articles">Articles read.</param>
/// <param name="Right">With the headline: the body start found exactly.</param>
/// <param name="Missed">With the headline: no headline found.</param>
/// <param name="Wrong">With the headline: a headline cut at another word.</param>
/// <param name="FalseCuts">Without the headline: a headline cut from the first sentence all the same.</param>
internal sealed record OneLineHeadlineReport(int Articles, int Right, int Missed, int Wrong, int FalseCuts);

/// <summary>
/// Trains <see cref="OneLineHeadline"/>'s logistic model on articles whose first line is their headline: each is
/// flattened to one line with its headline (the word after it is the one right end) and without it (no end is right).
/// </summary>
internal static class OneLineHeadlineTrainer
{
    /// <summary>
    /// Weights (bias first) of the conditional logit over each text's candidate ends and "no headline" (score 0),
    /// fitted by full-batch gradient descent on the log loss with a small L2 penalty.
    /// </summary>
    public static double[] Train(IEnumerable<string> articles, int iterations = 2000, double rate = 0.5, double l2 = 1e-3)
    {
        var texts = new List<(double[][] X, int Right)>();
        foreach (var article in articles)
        {
            foreach (var (flat, bodyStart) in Forms(article))
            {
                var sentences = SentenceSplitter.Uncapped.Split(flat);
                if (sentences.Count == 0)
                {
                    continue;
                }

                var c = new OneLineHeadline.Context(flat, sentences);
                var xs = new List<double[]>();
                int right = -1;
                for (int i = 0; i < c.First.Count; i++)
                {
                    if (OneLineHeadline.IsCandidate(flat, c, i))
                    {
                        var x = new double[OneLineHeadline.FeatureCount];
                        OneLineHeadline.Features(flat, c, i, x);
                        right = c.First[i].Start == bodyStart ? xs.Count : right;
                        xs.Add(x);
                    }
                }

                // A headline whose end is no candidate (a first body word in lower case) teaches nothing.
                if (xs.Count > 0 && (bodyStart < 0 || right >= 0))
                {
                    texts.Add((xs.ToArray(), right));
                }
            }
        }

        var w = new double[OneLineHeadline.FeatureCount + 1];
        var gradient = new double[w.Length];
        var p = new List<double>();
        for (int it = 0; it < iterations; it++)
        {
            Array.Clear(gradient);
            foreach (var (xs, right) in texts)
            {
                p.Clear();
                double sum = 1;
                foreach (var x in xs)
                {
                    double e = Math.Exp(OneLineHeadline.Score(x, w));
                    p.Add(e);
                    sum += e;
                }

                for (int j = 0; j < xs.Length; j++)
                {
                    double g = p[j] / sum - (j == right ? 1 : 0);
                    gradient[0] += g;
                    for (int k = 0; k < xs[j].Length; k++)
                    {
                        gradient[k + 1] += g * xs[j][k];
                    }
                }
            }

            for (int k = 0; k < w.Length; k++)
            {
                w[k] -= rate * (gradient[k] / Math.Max(1, texts.Count) + (k == 0 ? 0 : l2 * w[k]));
            }
        }

        return w;
    }

    /// <summary>Scores the model's decisions with <paramref name="weights"/> and <paramref name="threshold"/>.</summary>
    public static OneLineHeadlineReport Evaluate(IEnumerable<string> articles, double[] weights, double threshold)
    {
        int n = 0, right = 0, missed = 0, wrong = 0, falseCuts = 0;
        foreach (var article in articles)
        {
            n++;
            foreach (var (flat, bodyStart) in Forms(article))
            {
                int found = OneLineHeadline.FindBodyStart(flat, SentenceSplitter.Uncapped.Split(flat), weights, threshold);
                if (bodyStart < 0)
                {
                    falseCuts += found >= 0 ? 1 : 0;
                }
                else if (found == bodyStart)
                {
                    right++;
                }
                else if (found < 0)
                {
                    missed++;
                }
                else
                {
                    wrong++;
                }
            }
        }

        return new OneLineHeadlineReport(n, right, missed, wrong, falseCuts);
    }

    /// <summary>The decisions that are wrong: the expected and the found headline, for reading.</summary>
    public static IEnumerable<string> Mistakes(IEnumerable<string> articles, double[] weights, double threshold)
    {
        foreach (var article in articles)
        {
            foreach (var (flat, bodyStart) in Forms(article))
            {
                int found = OneLineHeadline.FindBodyStart(flat, SentenceSplitter.Uncapped.Split(flat), weights, threshold);
                if (found != bodyStart)
                {
                    string Head(int end) => end < 0 ? "(none)" : flat[..end];
                    yield return $"expected {Head(bodyStart)} | found {Head(found)} | {flat[..Math.Min(flat.Length, 160)]}";
                    var sentences = SentenceSplitter.Uncapped.Split(flat);
                    var c = new OneLineHeadline.Context(flat, sentences);
                    var x = new double[OneLineHeadline.FeatureCount];
                    for (int i = 0; i < c.First.Count; i++)
                    {
                        if (OneLineHeadline.IsCandidate(flat, c, i))
                        {
                            OneLineHeadline.Features(flat, c, i, x);
                            yield return FormattableString.Invariant($"    {flat.Substring(c.First[i].Start, c.First[i].Length)} z={OneLineHeadline.Score(x, weights):F2} x=[{string.Join(" ", x.Select(v => v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}]");
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The article flattened with its first line (the headline) and where its body starts, then flattened without it
    /// (body start -1). An article of one line gives nothing.
    /// </summary>
    private static IEnumerable<(string Flat, int BodyStart)> Forms(string article)
    {
        var text = article.Trim();
        int nl = text.IndexOf('\n');
        if (nl < 0)
        {
            yield break;
        }

        string headline = OneLineEvaluator.Flatten(text[..nl]);
        string body = OneLineEvaluator.Flatten(text[(nl + 1)..]);
        if (headline.Length == 0 || body.Length == 0)
        {
            yield break;
        }

        yield return (headline + " " + body, headline.Length + 1);
        yield return (body, -1);
    }
}
