namespace TextInsight.Summaries;

/// <summary>
/// Trains a <see cref="SummaryModel"/> from articles with extractive reference summaries: a body sentence is a positive
/// example when its words (as ROUGE reads them) occur, in order and contiguous, in the reference, which is how the glued
/// BBC references are matched. L2-regularized logistic regression fitted by Newton's method on standardized features:
/// no randomness, so the same data always give the same model.
/// </summary>
internal static class SummaryModelTrainer
{
    private const int MaxIterations = 50;

    /// <summary>Whether each sentence of <paramref name="item"/> is in its reference (never for an ineligible sentence).</summary>
    public static bool[] Labels(SummaryEvaluationItem item)
    {
        var labels = new bool[item.Document.Count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = item.Document.Eligible[i] && item.SentenceTokens[i].Length > 0
                && item.Reference.AsSpan().IndexOf(item.SentenceTokens[i]) >= 0;
        }

        return labels;
    }

    /// <summary>Trains a model on the eligible sentences of <paramref name="items"/>.</summary>
    /// <param name="items">The prepared articles with their references.</param>
    /// <param name="l2">The L2 penalty on the standardized weights (not on the intercept).</param>
    /// <param name="lengthExponent">The model's <see cref="SummaryModel.LengthExponent"/>.</param>
    /// <param name="trees">How many boosted trees to add to the regression's log-odds (0 for none).</param>
    /// <param name="depth">The depth of each tree.</param>
    /// <param name="log">Where to report the number of examples, or <see langword="null"/>.</param>
    public static SummaryModel Train(IReadOnlyList<SummaryEvaluationItem> items, double l2, double lengthExponent, int trees = 0, int depth = 3, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(l2);
        int f = SentenceFeatures.Count;
        var rows = new List<float[]>();
        var ys = new List<bool>();
        var buffer = new float[64 * f];
        foreach (var item in items)
        {
            var doc = item.Document;
            if (doc.Count == 0)
            {
                continue;
            }

            if (buffer.Length < doc.Count * f)
            {
                buffer = new float[doc.Count * f];
            }

            SentenceFeatures.Compute(doc, Summarizer.Score(doc, SummarizerWeights.Default), buffer);
            var labels = Labels(item);
            for (int i = 0; i < doc.Count; i++)
            {
                if (doc.Eligible[i])
                {
                    rows.Add(buffer.AsSpan(i * f, f).ToArray());
                    ys.Add(labels[i]);
                }
            }
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException("No eligible sentence to train on.", nameof(items));
        }

        int positives = 0;
        foreach (bool y in ys)
        {
            positives += y ? 1 : 0;
        }

        log?.WriteLine($"{rows.Count} eligible sentences, {positives} of them in their reference.");
        var mean = new double[f];
        var scale = new double[f];
        foreach (var row in rows)
        {
            for (int k = 0; k < f; k++)
            {
                mean[k] += row[k];
            }
        }

        for (int k = 0; k < f; k++)
        {
            mean[k] /= rows.Count;
        }

        foreach (var row in rows)
        {
            for (int k = 0; k < f; k++)
            {
                double d = row[k] - mean[k];
                scale[k] += d * d;
            }
        }

        for (int k = 0; k < f; k++)
        {
            double sd = Math.Sqrt(scale[k] / rows.Count);
            scale[k] = sd > 1e-9 ? sd : 1;
        }

        // Standardized design with the intercept last.
        int d1 = f + 1;
        var x = new double[rows.Count * d1];
        for (int r = 0; r < rows.Count; r++)
        {
            for (int k = 0; k < f; k++)
            {
                x[(r * d1) + k] = (rows[r][k] - mean[k]) / scale[k];
            }

            x[(r * d1) + f] = 1;
        }

        var w = new double[d1];
        var gradient = new double[d1];
        var hessian = new double[d1 * d1];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            Array.Clear(gradient);
            Array.Clear(hessian);
            for (int r = 0; r < rows.Count; r++)
            {
                var xr = x.AsSpan(r * d1, d1);
                double z = 0;
                for (int k = 0; k < d1; k++)
                {
                    z += w[k] * xr[k];
                }

                double p = 1 / (1 + Math.Exp(-z));
                double residual = p - (ys[r] ? 1 : 0);
                double curvature = Math.Max(p * (1 - p), 1e-12);
                for (int a = 0; a < d1; a++)
                {
                    gradient[a] += residual * xr[a];
                    double ca = curvature * xr[a];
                    for (int b = 0; b <= a; b++)
                    {
                        hessian[(a * d1) + b] += ca * xr[b];
                    }
                }
            }

            for (int a = 0; a < f; a++)
            {
                gradient[a] += l2 * w[a];
                hessian[(a * d1) + a] += l2;
            }

            for (int a = 0; a < d1; a++)
            {
                for (int b = 0; b < a; b++)
                {
                    hessian[(b * d1) + a] = hessian[(a * d1) + b];
                }

                hessian[(a * d1) + a] += 1e-9;
            }

            var step = SolveCholesky(hessian, gradient, d1);
            double change = 0;
            for (int k = 0; k < d1; k++)
            {
                w[k] -= step[k];
                change = Math.Max(change, Math.Abs(step[k]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        var weights = new double[f];
        Array.Copy(w, weights, f);
        var boosted = BoostedTrees.Empty;
        if (trees > 0)
        {
            var raw = new float[rows.Count * f];
            var margin = new double[rows.Count];
            for (int r = 0; r < rows.Count; r++)
            {
                rows[r].CopyTo(raw, r * f);
                double z = 0;
                for (int k = 0; k < d1; k++)
                {
                    z += w[k] * x[(r * d1) + k];
                }

                margin[r] = z;
            }

            boosted = BoostedTrees.Train(raw, f, [.. ys], margin, trees, depth, learningRate: 0.1, lambda: 1, minHessian: 5);
        }

        return new SummaryModel(mean, scale, weights, w[f], lengthExponent, boosted);
    }

    /// <summary>Solves <c>A x = b</c> for a symmetric positive definite <paramref name="a"/> (row-major, <c>n × n</c>).</summary>
    private static double[] SolveCholesky(double[] a, double[] b, int n)
    {
        var l = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[(i * n) + k] * l[(j * n) + k];
                }

                l[(i * n) + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[(j * n) + j];
            }
        }

        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            double sum = b[i];
            for (int k = 0; k < i; k++)
            {
                sum -= l[(i * n) + k] * y[k];
            }

            y[i] = sum / l[(i * n) + i];
        }

        var x = new double[n];
        for (int i = n - 1; i >= 0; i--)
        {
            double sum = y[i];
            for (int k = i + 1; k < n; k++)
            {
                sum -= l[(k * n) + i] * x[k];
            }

            x[i] = sum / l[(i * n) + i];
        }

        return x;
    }
}
