namespace TextInsight.Summaries;

/// <summary>
/// Gradient-boosted regression trees on the log-odds (logistic loss, Newton leaf values), added to the logistic
/// regression's log-odds in <see cref="SummaryModel"/> to catch what a linear score cannot: thresholds and interactions
/// (a long sentence early in a short article, a central one deep in a long article). Trees are stored as flat arrays of
/// nodes; a node with feature -1 is a leaf holding its value in <c>Threshold</c>. Immutable.
/// </summary>
internal sealed class BoostedTrees
{
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly int[] _roots;

    public BoostedTrees(int[] feature, float[] threshold, int[] left, int[] right, int[] roots)
    {
        _feature = feature;
        _threshold = threshold;
        _left = left;
        _right = right;
        _roots = roots;
    }

    public static BoostedTrees Empty { get; } = new([], [], [], [], []);

    public int TreeCount => _roots.Length;

    /// <summary>The node arrays, read-only, for evaluators that lay the trees out otherwise (<c>Structure.FlatTrees</c>).</summary>
    internal (int[] Feature, float[] Threshold, int[] Left, int[] Right, int[] Roots) Nodes => (_feature, _threshold, _left, _right, _roots);

    /// <summary>The summed output of the trees for the features <paramref name="row"/>.</summary>
    public double Evaluate(ReadOnlySpan<float> row)
    {
        double sum = 0;
        foreach (int root in _roots)
        {
            int node = root;
            while (_feature[node] >= 0)
            {
                node = row[_feature[node]] <= _threshold[node] ? _left[node] : _right[node];
            }

            sum += _threshold[node];
        }

        return sum;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_roots.Length);
        writer.Write(_feature.Length);
        for (int i = 0; i < _feature.Length; i++)
        {
            writer.Write(_feature[i]);
            writer.Write(_threshold[i]);
            writer.Write(_left[i]);
            writer.Write(_right[i]);
        }

        foreach (int r in _roots)
        {
            writer.Write(r);
        }
    }

    public static BoostedTrees Read(BinaryReader reader, int featureCount)
    {
        int trees = reader.ReadInt32();
        int nodes = reader.ReadInt32();
        if (trees < 0 || nodes < 0 || nodes > 1 << 22 || trees > nodes)
        {
            throw new InvalidDataException("The summary model's trees are malformed.");
        }

        var feature = new int[nodes];
        var threshold = new float[nodes];
        var left = new int[nodes];
        var right = new int[nodes];
        for (int i = 0; i < nodes; i++)
        {
            feature[i] = reader.ReadInt32();
            threshold[i] = reader.ReadSingle();
            left[i] = reader.ReadInt32();
            right[i] = reader.ReadInt32();
            bool leaf = feature[i] == -1;
            // Children come after their parent, so evaluation always ends.
            if (!float.IsFinite(threshold[i]) || feature[i] < -1 || feature[i] >= featureCount
                || (!leaf && (left[i] <= i || right[i] <= i || left[i] >= nodes || right[i] >= nodes)))
            {
                throw new InvalidDataException("The summary model's trees are malformed.");
            }
        }

        var roots = new int[trees];
        for (int t = 0; t < trees; t++)
        {
            roots[t] = reader.ReadInt32();
            if (roots[t] < 0 || roots[t] >= nodes)
            {
                throw new InvalidDataException("The summary model's trees are malformed.");
            }
        }

        return new BoostedTrees(feature, threshold, left, right, roots);
    }

    /// <summary>
    /// Boosts <paramref name="count"/> trees of depth <paramref name="depth"/> on rows <paramref name="x"/> (row-major,
    /// <paramref name="featureCount"/> wide) with labels <paramref name="y"/>, starting from the log-odds
    /// <paramref name="margin"/> (updated in place). Splits are searched among at most 32 quantile thresholds per
    /// feature; deterministic.
    /// </summary>
    public static BoostedTrees Train(float[] x, int featureCount, bool[] y, double[] margin, int count, int depth, double learningRate, double lambda, double minHessian)
    {
        int rows = y.Length;
        const int MaxBins = 32;
        var cuts = new float[featureCount][];
        var bins = new byte[rows * featureCount];
        var column = new float[rows];
        for (int k = 0; k < featureCount; k++)
        {
            for (int r = 0; r < rows; r++)
            {
                column[r] = x[(r * featureCount) + k];
            }

            Array.Sort(column);
            var list = new List<float>();
            for (int b = 1; b < MaxBins; b++)
            {
                float c = column[(int)((long)b * (rows - 1) / MaxBins)];
                if ((list.Count == 0 || c > list[^1]) && c < column[rows - 1])
                {
                    list.Add(c);
                }
            }

            cuts[k] = [.. list];
            for (int r = 0; r < rows; r++)
            {
                float v = x[(r * featureCount) + k];
                int b = 0;
                while (b < cuts[k].Length && v > cuts[k][b])
                {
                    b++;
                }

                bins[(r * featureCount) + k] = (byte)b;
            }
        }

        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var roots = new List<int>();
        var g = new double[rows];
        var h = new double[rows];
        var node = new int[rows];
        var leafValue = new Dictionary<int, double>();
        var histG = new double[featureCount * MaxBins];
        var histH = new double[featureCount * MaxBins];
        for (int t = 0; t < count; t++)
        {
            for (int r = 0; r < rows; r++)
            {
                double p = 1 / (1 + Math.Exp(-margin[r]));
                g[r] = (y[r] ? 1 : 0) - p;
                h[r] = Math.Max(p * (1 - p), 1e-12);
            }

            int root = feature.Count;
            roots.Add(root);
            AddNode(-1, 0);
            Array.Fill(node, root);
            var frontier = new List<int> { root };
            for (int level = 0; level < depth; level++)
            {
                var next = new List<int>();
                foreach (int n in frontier)
                {
                    Array.Clear(histG);
                    Array.Clear(histH);
                    double totalG = 0;
                    double totalH = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        if (node[r] != n)
                        {
                            continue;
                        }

                        totalG += g[r];
                        totalH += h[r];
                        int rowStart = r * featureCount;
                        for (int k = 0; k < featureCount; k++)
                        {
                            int at = (k * MaxBins) + bins[rowStart + k];
                            histG[at] += g[r];
                            histH[at] += h[r];
                        }
                    }

                    double parentGain = totalG * totalG / (totalH + lambda);
                    double bestGain = 1e-6;
                    int bestFeature = -1;
                    int bestBin = -1;
                    for (int k = 0; k < featureCount; k++)
                    {
                        double lg = 0;
                        double lh = 0;
                        for (int b = 0; b < cuts[k].Length; b++)
                        {
                            lg += histG[(k * MaxBins) + b];
                            lh += histH[(k * MaxBins) + b];
                            double rg = totalG - lg;
                            double rh = totalH - lh;
                            if (lh < minHessian || rh < minHessian)
                            {
                                continue;
                            }

                            double gain = (lg * lg / (lh + lambda)) + (rg * rg / (rh + lambda)) - parentGain;
                            if (gain > bestGain)
                            {
                                bestGain = gain;
                                bestFeature = k;
                                bestBin = b;
                            }
                        }
                    }

                    if (bestFeature < 0)
                    {
                        leafValue[n] = learningRate * totalG / (totalH + lambda);
                        continue;
                    }

                    int l = AddNode(-1, 0);
                    int rr = AddNode(-1, 0);
                    feature[n] = bestFeature;
                    threshold[n] = cuts[bestFeature][bestBin];
                    left[n] = l;
                    right[n] = rr;
                    for (int r = 0; r < rows; r++)
                    {
                        if (node[r] == n)
                        {
                            node[r] = bins[(r * featureCount) + bestFeature] <= bestBin ? l : rr;
                        }
                    }

                    next.Add(l);
                    next.Add(rr);
                }

                frontier = next;
            }

            foreach (int n in frontier)
            {
                double sg = 0;
                double sh = 0;
                for (int r = 0; r < rows; r++)
                {
                    if (node[r] == n)
                    {
                        sg += g[r];
                        sh += h[r];
                    }
                }

                leafValue[n] = learningRate * sg / (sh + lambda);
            }

            foreach (var (n, v) in leafValue)
            {
                threshold[n] = (float)v;
            }

            leafValue.Clear();
            for (int r = 0; r < rows; r++)
            {
                margin[r] += threshold[node[r]];
            }
        }

        return new BoostedTrees([.. feature], [.. threshold], [.. left], [.. right], [.. roots]);

        int AddNode(int f, float value)
        {
            feature.Add(f);
            threshold.Add(value);
            left.Add(-1);
            right.Add(-1);
            return feature.Count - 1;
        }
    }
}
