namespace TextInsight.Structure.Training;

/// <summary>
/// Trains <see cref="TitleChooser"/>: a conditional logit over each document's list of headline candidates (the
/// features of <see cref="TitleChooser.Fill"/>), maximizing the log of the softmax share of the list's headlines, with
/// an L2 penalty that pulls the weights toward the headline pass's own order (all weight on its log-odds). Lists with
/// no headline among them, or with one candidate, teach nothing and are not kept. Full-batch Adam, deterministic.
/// </summary>
internal sealed class TitleChooserTrainer
{
    private const int F = TitleChooser.FeatureCount;

    private readonly List<float> _features = [];
    private readonly List<bool> _positive = [];
    private readonly List<(int Start, int Count)> _lists = [];
    private readonly List<bool> _extra = [];

    /// <summary>Lists kept for training.</summary>
    public int Lists => _lists.Count;

    /// <summary>Candidates of the kept lists.</summary>
    public int Candidates => _positive.Count;

    /// <summary>Whether list <paramref name="list"/> came from a rendering added from another renderer's folder.</summary>
    public bool IsExtra(int list) => _extra[list];

    /// <summary>
    /// Adds one document's list: <paramref name="features"/> (<see cref="TitleChooser.FeatureCount"/> per candidate) and
    /// which candidates are its headline; <paramref name="extra"/> when the text is another renderer's.
    /// </summary>
    public void Add(ReadOnlySpan<float> features, ReadOnlySpan<bool> positive, bool extra = false)
    {
        if (positive.Length < 2 || !positive.Contains(true))
        {
            return;
        }

        _lists.Add((_positive.Count, positive.Length));
        _extra.Add(extra);
        foreach (float x in features[..(positive.Length * F)])
        {
            _features.Add(x);
        }

        foreach (bool p in positive)
        {
            _positive.Add(p);
        }
    }

    /// <summary>
    /// Fits the weights on the lists whose index <paramref name="useList"/> accepts (all when null); features outside
    /// <paramref name="mask"/> (all when empty) keep weight zero.
    /// </summary>
    public TitleChooser Train(double l2, int iterations = 400, ReadOnlySpan<bool> mask = default, Func<int, bool>? useList = null)
    {
        int m = _positive.Count;
        var x = _features.ToArray();
        var mean = new float[F];
        var scale = new float[F];
        for (int f = 0; f < F; f++)
        {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < m; r++)
            {
                double v = x[(r * F) + f];
                sum += v;
                squares += v * v;
            }

            double mu = sum / Math.Max(1, m);
            double sd = Math.Sqrt(Math.Max(0, (squares / Math.Max(1, m)) - (mu * mu)));
            mean[f] = (float)mu;
            scale[f] = sd < 1e-6 ? 1 : (float)sd;
        }

        var z = new double[m * F];
        for (int r = 0; r < m; r++)
        {
            for (int f = 0; f < F; f++)
            {
                z[(r * F) + f] = (x[(r * F) + f] - mean[f]) / scale[f];
            }
        }

        // Start from (and shrink toward) the headline pass's order: the weight on its log-odds alone.
        var prior = new double[F];
        prior[0] = scale[0];
        var w = (double[])prior.Clone();
        var active = new bool[F];
        for (int f = 0; f < F; f++)
        {
            active[f] = mask.IsEmpty || mask[f];
            if (!active[f])
            {
                w[f] = prior[f] = 0;
            }
        }

        var lists = new List<(int Start, int Count)>();
        for (int l = 0; l < _lists.Count; l++)
        {
            if (useList is null || useList(l))
            {
                lists.Add(_lists[l]);
            }
        }

        var grad = new double[F];
        var first = new double[F];
        var second = new double[F];
        var scores = new double[TitleChooser.MaxCandidates];
        const double Rate = 0.05, Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;
        for (int t = 1; t <= iterations; t++)
        {
            Array.Clear(grad);
            foreach (var (start, count) in lists)
            {
                double best = double.NegativeInfinity;
                for (int k = 0; k < count; k++)
                {
                    double s = 0;
                    for (int f = 0; f < F; f++)
                    {
                        s += w[f] * z[((start + k) * F) + f];
                    }

                    scores[k] = s;
                    best = Math.Max(best, s);
                }

                double all = 0;
                double pos = 0;
                for (int k = 0; k < count; k++)
                {
                    scores[k] = Math.Exp(scores[k] - best);
                    all += scores[k];
                    pos += _positive[start + k] ? scores[k] : 0;
                }

                // d(-log(pos/all))/ds_k = softmax_k - (positive ? share among positives : 0).
                for (int k = 0; k < count; k++)
                {
                    double g = (scores[k] / all) - (_positive[start + k] ? scores[k] / pos : 0);
                    for (int f = 0; f < F; f++)
                    {
                        grad[f] += g * z[((start + k) * F) + f];
                    }
                }
            }

            for (int f = 0; f < F; f++)
            {
                if (!active[f])
                {
                    continue;
                }

                double g = (grad[f] / Math.Max(1, lists.Count)) + (2 * l2 * (w[f] - prior[f]));
                first[f] = (Beta1 * first[f]) + ((1 - Beta1) * g);
                second[f] = (Beta2 * second[f]) + ((1 - Beta2) * g * g);
                double mHat = first[f] / (1 - Math.Pow(Beta1, t));
                double vHat = second[f] / (1 - Math.Pow(Beta2, t));
                w[f] -= Rate * mHat / (Math.Sqrt(vHat) + Epsilon);
            }
        }

        return new TitleChooser(mean, scale, w);
    }

    /// <summary>How many of the lists whose index <paramref name="useList"/> accepts have a headline as the chooser's first.</summary>
    public int CountRight(TitleChooser chooser, Func<int, bool> useList)
    {
        int right = 0;
        var features = _features.ToArray();
        for (int l = 0; l < _lists.Count; l++)
        {
            if (!useList(l))
            {
                continue;
            }

            var (start, count) = _lists[l];
            int best = 0;
            double bestScore = double.NegativeInfinity;
            for (int k = 0; k < count; k++)
            {
                double s = chooser.Score(features.AsSpan((start + k) * F, F));
                if (s > bestScore)
                {
                    bestScore = s;
                    best = k;
                }
            }

            right += _positive[start + best] ? 1 : 0;
        }

        return right;
    }
}
