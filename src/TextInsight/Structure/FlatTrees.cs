using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using TextInsight.Summaries;

namespace TextInsight.Structure;

/// <summary>
/// <see cref="BoostedTrees"/> laid out for speed: every tree as a complete binary tree of one depth, nodes in heap order
/// (the children of node k are 2k+1 and 2k+2), so that a row walks each tree with no pointers and no branches. A leaf
/// shallower than the depth is padded with splits whose two sides lead to copies of its value, so the sum is that of
/// <see cref="BoostedTrees.Evaluate"/> to the last bit (same comparisons, same leaf values, added in the same order).
/// Ensembles deeper than <see cref="MaxDepth"/> keep the pointer walk. Immutable and thread-safe.
/// </summary>
internal sealed class FlatTrees
{
    /// <summary>Deepest trees laid out flat (2^depth leaves per tree).</summary>
    public const int MaxDepth = 8;

    private readonly BoostedTrees _source;
    private readonly int _depth;
    private readonly int _trees;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly float[] _leaf;

    public FlatTrees(BoostedTrees trees)
    {
        _source = trees;
        var (feature, threshold, left, _, roots) = trees.Nodes;
        _trees = roots.Length;
        int depth = 0;
        foreach (int root in roots)
        {
            depth = Math.Max(depth, Depth(feature, left, trees.Nodes.Right, root));
        }

        _depth = depth;
        if (depth > MaxDepth)
        {
            _feature = [];
            _threshold = [];
            _leaf = [];
            return;
        }

        int inner = (1 << depth) - 1;
        int leaves = 1 << depth;
        _feature = new int[_trees * inner];
        _threshold = new float[_trees * inner];
        _leaf = new float[_trees * leaves];
        for (int t = 0; t < _trees; t++)
        {
            Place(trees, roots[t], t, 0, 0);
        }
    }

    /// <summary>The summed output of the trees for the features <paramref name="row"/>, as <see cref="BoostedTrees.Evaluate"/>.</summary>
    public double Evaluate(ReadOnlySpan<float> row)
    {
        if (_depth > MaxDepth)
        {
            return _source.Evaluate(row);
        }

        return _depth switch
        {
            4 => Evaluate4(row),
            _ => EvaluateAny(row),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Evaluate4(ReadOnlySpan<float> row)
    {
        ref float x = ref MemoryMarshal.GetReference(row);
        ref int f = ref MemoryMarshal.GetArrayDataReference(_feature);
        ref float th = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref float leaf = ref MemoryMarshal.GetArrayDataReference(_leaf);
        double sum = 0;
        for (int t = 0; t < _trees; t++)
        {
            // Left when the feature is at most the threshold, as the pointer walk goes (NaN goes right).
            int b = t * 15;
            int k = 0;
            k = (2 * k) + 2 - Le(Unsafe.Add(ref x, Unsafe.Add(ref f, b + k)), Unsafe.Add(ref th, b + k));
            k = (2 * k) + 2 - Le(Unsafe.Add(ref x, Unsafe.Add(ref f, b + k)), Unsafe.Add(ref th, b + k));
            k = (2 * k) + 2 - Le(Unsafe.Add(ref x, Unsafe.Add(ref f, b + k)), Unsafe.Add(ref th, b + k));
            k = (2 * k) + 2 - Le(Unsafe.Add(ref x, Unsafe.Add(ref f, b + k)), Unsafe.Add(ref th, b + k));
            sum += Unsafe.Add(ref leaf, (t * 16) + k - 15);
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double EvaluateAny(ReadOnlySpan<float> row)
    {
        int inner = (1 << _depth) - 1;
        double sum = 0;
        for (int t = 0; t < _trees; t++)
        {
            int b = t * inner;
            int k = 0;
            for (int d = 0; d < _depth; d++)
            {
                k = (2 * k) + 2 - Le(row[_feature[b + k]], _threshold[b + k]);
            }

            sum += _leaf[(t << _depth) + k - inner];
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Le(float value, float threshold)
    {
        bool le = value <= threshold;
        return Unsafe.As<bool, byte>(ref le);
    }

    private static int Depth(int[] feature, int[] left, int[] right, int node) =>
        feature[node] < 0 ? 0 : 1 + Math.Max(Depth(feature, left, right, left[node]), Depth(feature, left, right, right[node]));

    /// <summary>Copies the subtree at <paramref name="node"/> to heap position <paramref name="k"/> at <paramref name="level"/> of tree <paramref name="t"/>.</summary>
    private void Place(BoostedTrees trees, int node, int t, int k, int level)
    {
        var (feature, threshold, left, right, _) = trees.Nodes;
        int inner = (1 << _depth) - 1;
        if (level == _depth)
        {
            _leaf[(t << _depth) + k - inner] = threshold[node];
            return;
        }

        if (feature[node] < 0)
        {
            // A leaf above the last level: a split that cannot matter, both sides the leaf.
            _feature[(t * inner) + k] = 0;
            _threshold[(t * inner) + k] = 0;
            Place(trees, node, t, (2 * k) + 1, level + 1);
            Place(trees, node, t, (2 * k) + 2, level + 1);
            return;
        }

        _feature[(t * inner) + k] = feature[node];
        _threshold[(t * inner) + k] = threshold[node];
        Place(trees, left[node], t, (2 * k) + 1, level + 1);
        Place(trees, right[node], t, (2 * k) + 2, level + 1);
    }
}
