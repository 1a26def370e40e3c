using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using TextInsight.Internals;
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
    private readonly int _width;
    private readonly int[] _feature;

    // Where each split's feature starts in the vector walk's columns (the feature times eight), so that the walk reads a
    // split's column without arithmetic on its index.
    private readonly nuint[] _column;
    private readonly float[] _threshold;
    private readonly float[] _leaf;

    public FlatTrees(BoostedTrees trees)
    {
        _source = trees;
        var (feature, threshold, left, _, roots) = trees.Nodes;
        _trees = roots.Length;
        _width = 1;
        foreach (int fi in feature)
        {
            _width = Math.Max(_width, fi + 1);
        }

        int depth = 0;
        foreach (int root in roots)
        {
            depth = Math.Max(depth, Depth(feature, left, trees.Nodes.Right, root));
        }

        _depth = depth;
        if (depth > MaxDepth)
        {
            _feature = [];
            _column = [];
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

        _column = new nuint[_feature.Length];
        for (int k = 0; k < _feature.Length; k++)
        {
            _column[k] = (nuint)_feature[k] * 8;
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

    /// <summary>
    /// Writes into <paramref name="sums"/>[k] the summed output for the row that starts at
    /// <paramref name="rows"/>[<paramref name="at"/>[k]], exactly as <see cref="Evaluate"/> would for that row. Rows are
    /// walked four at a time through each tree, so that the four walks overlap and a tree's nodes are read once for four rows.
    /// </summary>
    public void EvaluateRows(ReadOnlySpan<float> rows, ReadOnlySpan<int> at, Span<double> sums)
    {
        if (_depth != 4)
        {
            for (int k = 0; k < at.Length; k++)
            {
                sums[k] = Evaluate(rows[at[k]..]);
            }

            return;
        }

        int n = at.Length;
        if (UsesWideVectors && n >= 12 && _width <= MaxVectorWidth)
        {
            EvaluateWideBlocks(rows, at, sums);
            return;
        }

        if (UsesVectors && n >= 4 && _width <= MaxVectorWidth)
        {
            EvaluateBlocks(rows, at, sums);
            return;
        }

        int k4 = 0;
        for (; k4 + 4 <= n; k4 += 4)
        {
            Evaluate4x4(rows, at[k4], at[k4 + 1], at[k4 + 2], at[k4 + 3], sums.Slice(k4, 4));
        }

        for (; k4 < n; k4++)
        {
            sums[k4] = Evaluate4(rows[at[k4]..]);
        }
    }

    [ThreadStatic]
    private static float[]? t_columns;

    // Widest rows the vector walk copies into its columns (per-thread scratch).
    private const int MaxVectorWidth = 128;

    /// <summary>Whether <see cref="EvaluateRows"/> walks depth-4 trees eight rows at a time in 256-bit vectors on this machine.</summary>
    internal static bool UsesVectors => Avx2.IsSupported && Vector256.IsHardwareAccelerated && !ForceScalar;

    /// <summary>For tests: the scalar walk even where vectors are supported.</summary>
    internal static bool ForceScalar { get; set; }

    /// <summary>Whether <see cref="EvaluateRows"/> walks depth-4 trees sixteen rows at a time in 512-bit vectors on this machine.</summary>
    internal static bool UsesWideVectors => Avx512F.IsSupported && Vector512.IsHardwareAccelerated && !ForceScalar && !ForceEightRows;

    /// <summary>For tests: eight rows at a time even where sixteen are supported.</summary>
    internal static bool ForceEightRows { get; set; }

    /// <summary>
    /// <see cref="Evaluate4"/> for eight rows at once, with no data-dependent loads: the eight rows are copied into
    /// columns (one vector per feature), every one of a tree's 15 splits is compared for the eight rows at once, the path
    /// of each row is picked from those comparisons by masks (the comparison at the node the row reached, level by level), and
    /// the leaf is picked from the tree's 16 leaves by a permute. Each row's leaves are widened to double and added in
    /// tree order, as the scalar walk adds them, so each sum is the same to the last bit (same comparisons: at most the
    /// threshold goes left, NaN goes right).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EvaluateBlocks(ReadOnlySpan<float> rows, ReadOnlySpan<int> at, Span<double> sums)
    {
        int n = at.Length;
        int width = _width;
        // The thread's columns (not stackalloc: zeroing 4 KB of stack on every call cost as much as the walk saved).
        var columns = ThreadScratch.Get(ref t_columns, MaxVectorWidth * 8).AsSpan();
        ref float col = ref MemoryMarshal.GetReference(columns);
        var one = Vector256.Create(1);
        var two = Vector256.Create(2);
        var four = Vector256.Create(4);
        for (int k8 = 0; k8 < n; k8 += 8)
        {
            int m = Math.Min(8, n - k8);
            if (m == 8 && width >= 8)
            {
                ToColumns(rows, at.Slice(k8, 8), width, ref col);
            }
            else
            {
                for (int lane = 0; lane < 8; lane++)
                {
                    if (lane < m)
                    {
                        // Bounds: every feature index is below the row width, which every start leaves room for (checked by the slice).
                        var row = rows.Slice(at[k8 + lane], width);
                        for (int j = 0; j < width; j++)
                        {
                            Unsafe.Add(ref col, (j * 8) + lane) = row[j];
                        }
                    }
                    else
                    {
                        for (int j = 0; j < width; j++)
                        {
                            Unsafe.Add(ref col, (j * 8) + lane) = 0;
                        }
                    }
                }
            }

            var lo = Vector256<double>.Zero;
            var hi = Vector256<double>.Zero;
            // The tree's splits and leaves, moved on by a tree at a time, so that each split is read at a fixed displacement.
            ref nuint c = ref MemoryMarshal.GetArrayDataReference(_column);
            ref float th = ref MemoryMarshal.GetArrayDataReference(_threshold);
            ref float leaves = ref MemoryMarshal.GetArrayDataReference(_leaf);
            for (int t = 0; t < _trees; t++)
            {
                var c0 = Left(ref col, ref c, ref th, 0);
                var c1 = Left(ref col, ref c, ref th, 1);
                var c2 = Left(ref col, ref c, ref th, 2);
                var c3 = Left(ref col, ref c, ref th, 3);
                var c4 = Left(ref col, ref c, ref th, 4);
                var c5 = Left(ref col, ref c, ref th, 5);
                var c6 = Left(ref col, ref c, ref th, 6);
                var c7 = Left(ref col, ref c, ref th, 7);
                var c8 = Left(ref col, ref c, ref th, 8);
                var c9 = Left(ref col, ref c, ref th, 9);
                var c10 = Left(ref col, ref c, ref th, 10);
                var c11 = Left(ref col, ref c, ref th, 11);
                var c12 = Left(ref col, ref c, ref th, 12);
                var c13 = Left(ref col, ref c, ref th, 13);
                var c14 = Left(ref col, ref c, ref th, 14);

                // Lk: whether the row goes left at the node it reaches on level k (all ones or all zeros per row).
                var l0 = c0;
                var l1 = Vector256.ConditionalSelect(l0, c1, c2);
                var l2 = Vector256.ConditionalSelect(l0, Vector256.ConditionalSelect(l1, c3, c4), Vector256.ConditionalSelect(l1, c5, c6));
                var l3 = Vector256.ConditionalSelect(
                    l0,
                    Vector256.ConditionalSelect(l1, Vector256.ConditionalSelect(l2, c7, c8), Vector256.ConditionalSelect(l2, c9, c10)),
                    Vector256.ConditionalSelect(l1, Vector256.ConditionalSelect(l2, c11, c12), Vector256.ConditionalSelect(l2, c13, c14)));

                // Leaf 8·r0 + 4·r1 + 2·r2 + r3 (r = went right): the low three bits pick within the tree's first or last
                // eight leaves, the first step picks which eight.
                var index = Vector256.AndNot(four, l1.AsInt32()) | Vector256.AndNot(two, l2.AsInt32()) | Vector256.AndNot(one, l3.AsInt32());
                var left = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref leaves), index);
                var right = Avx2.PermuteVar8x32(Vector256.LoadUnsafe(ref leaves, 8), index);
                var value = Vector256.ConditionalSelect(l0, left, right);
                lo += Vector256.WidenLower(value);
                hi += Vector256.WidenUpper(value);
                c = ref Unsafe.Add(ref c, 15);
                th = ref Unsafe.Add(ref th, 15);
                leaves = ref Unsafe.Add(ref leaves, 16);
            }

            if (m == 8)
            {
                lo.CopyTo(sums.Slice(k8, 4));
                hi.CopyTo(sums.Slice(k8 + 4, 4));
            }
            else
            {
                for (int lane = 0; lane < m; lane++)
                {
                    sums[k8 + lane] = lane < 4 ? lo.GetElement(lane) : hi.GetElement(lane - 4);
                }
            }
        }
    }

    /// <summary>
    /// <see cref="EvaluateBlocks"/> for sixteen rows at once in 512-bit vectors: the same comparisons and path masks, and
    /// since a tree's sixteen leaves fill one vector, the leaf is picked by one permute. Each row's leaves are widened to
    /// double and added in tree order, so each sum is the same to the last bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EvaluateWideBlocks(ReadOnlySpan<float> rows, ReadOnlySpan<int> at, Span<double> sums)
    {
        int n = at.Length;
        int width = _width;
        var columns = ThreadScratch.Get(ref t_columns, MaxVectorWidth * 16).AsSpan();
        ref float col = ref MemoryMarshal.GetReference(columns);
        var one = Vector512.Create(1);
        var two = Vector512.Create(2);
        var four = Vector512.Create(4);
        var eight = Vector512.Create(8);
        for (int k16 = 0; k16 < n; k16 += 16)
        {
            int m = Math.Min(16, n - k16);
            for (int half = 0; half < 16; half += 8)
            {
                if (half + 8 <= m && width >= 8)
                {
                    ToColumns(rows, at.Slice(k16 + half, 8), width, ref Unsafe.Add(ref col, half), lanes: 16);
                    continue;
                }

                for (int lane = half; lane < half + 8; lane++)
                {
                    // Bounds: every feature index is below the row width, which every start leaves room for (checked by the slice).
                    var row = lane < m ? rows.Slice(at[k16 + lane], width) : default;
                    for (int j = 0; j < width; j++)
                    {
                        Unsafe.Add(ref col, (j * 16) + lane) = lane < m ? row[j] : 0;
                    }
                }
            }

            var lo = Vector512<double>.Zero;
            var hi = Vector512<double>.Zero;
            ref nuint c = ref MemoryMarshal.GetArrayDataReference(_column);
            ref float th = ref MemoryMarshal.GetArrayDataReference(_threshold);
            ref float leaves = ref MemoryMarshal.GetArrayDataReference(_leaf);
            for (int t = 0; t < _trees; t++)
            {
                var c0 = LeftWide(ref col, ref c, ref th, 0);
                var c1 = LeftWide(ref col, ref c, ref th, 1);
                var c2 = LeftWide(ref col, ref c, ref th, 2);
                var c3 = LeftWide(ref col, ref c, ref th, 3);
                var c4 = LeftWide(ref col, ref c, ref th, 4);
                var c5 = LeftWide(ref col, ref c, ref th, 5);
                var c6 = LeftWide(ref col, ref c, ref th, 6);
                var c7 = LeftWide(ref col, ref c, ref th, 7);
                var c8 = LeftWide(ref col, ref c, ref th, 8);
                var c9 = LeftWide(ref col, ref c, ref th, 9);
                var c10 = LeftWide(ref col, ref c, ref th, 10);
                var c11 = LeftWide(ref col, ref c, ref th, 11);
                var c12 = LeftWide(ref col, ref c, ref th, 12);
                var c13 = LeftWide(ref col, ref c, ref th, 13);
                var c14 = LeftWide(ref col, ref c, ref th, 14);

                var l0 = c0;
                var l1 = Vector512.ConditionalSelect(l0, c1, c2);
                var l2 = Vector512.ConditionalSelect(l0, Vector512.ConditionalSelect(l1, c3, c4), Vector512.ConditionalSelect(l1, c5, c6));
                var l3 = Vector512.ConditionalSelect(
                    l0,
                    Vector512.ConditionalSelect(l1, Vector512.ConditionalSelect(l2, c7, c8), Vector512.ConditionalSelect(l2, c9, c10)),
                    Vector512.ConditionalSelect(l1, Vector512.ConditionalSelect(l2, c11, c12), Vector512.ConditionalSelect(l2, c13, c14)));

                // Leaf 8·r0 + 4·r1 + 2·r2 + r3 (r = went right), of the tree's sixteen in one vector.
                var index = Vector512.AndNot(eight, l0.AsInt32()) | Vector512.AndNot(four, l1.AsInt32())
                            | Vector512.AndNot(two, l2.AsInt32()) | Vector512.AndNot(one, l3.AsInt32());
                var value = Avx512F.PermuteVar16x32(Vector512.LoadUnsafe(ref leaves), index);
                lo += Vector512.WidenLower(value);
                hi += Vector512.WidenUpper(value);
                c = ref Unsafe.Add(ref c, 15);
                th = ref Unsafe.Add(ref th, 15);
                leaves = ref Unsafe.Add(ref leaves, 16);
            }

            if (m == 16)
            {
                lo.CopyTo(sums.Slice(k16, 8));
                hi.CopyTo(sums.Slice(k16 + 8, 8));
            }
            else
            {
                for (int lane = 0; lane < m; lane++)
                {
                    sums[k16 + lane] = lane < 8 ? lo.GetElement(lane) : hi.GetElement(lane - 8);
                }
            }
        }
    }

    /// <summary><see cref="Left"/> for columns of sixteen.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> LeftWide(ref float columns, ref nuint column, ref float threshold, int node) =>
        Vector512.GreaterThanOrEqual(
            Vector512.Create(Unsafe.Add(ref threshold, node)),
            Vector512.LoadUnsafe(ref columns, Unsafe.Add(ref column, node) * 2));

    /// <summary>
    /// Copies the first <paramref name="width"/> features of eight rows (at least eight features each) into columns of
    /// <paramref name="lanes"/> (8, or 16 for the wide walk, which copies its two halves of rows apart), feature j of row k at
    /// <c>j·lanes + k</c>: eight features of the eight rows at a time, transposed in registers
    /// (the values are moved, never computed on, so every bit is kept, NaN payloads included). A width that is not a
    /// multiple of eight ends with the last eight features, which writes a few columns twice with the same values.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToColumns(ReadOnlySpan<float> rows, ReadOnlySpan<int> at, int width, ref float columns, int lanes = 8)
    {
        // Bounds: each row's first `width` features lie inside `rows` (checked by the slices).
        ref float r0 = ref MemoryMarshal.GetReference(rows.Slice(at[0], width));
        ref float r1 = ref MemoryMarshal.GetReference(rows.Slice(at[1], width));
        ref float r2 = ref MemoryMarshal.GetReference(rows.Slice(at[2], width));
        ref float r3 = ref MemoryMarshal.GetReference(rows.Slice(at[3], width));
        ref float r4 = ref MemoryMarshal.GetReference(rows.Slice(at[4], width));
        ref float r5 = ref MemoryMarshal.GetReference(rows.Slice(at[5], width));
        ref float r6 = ref MemoryMarshal.GetReference(rows.Slice(at[6], width));
        ref float r7 = ref MemoryMarshal.GetReference(rows.Slice(at[7], width));
        for (int j = 0; j < width; j += 8)
        {
            int from = Math.Min(j, width - 8);
            nuint f = (nuint)from;
            var a0 = Vector256.LoadUnsafe(ref r0, f);
            var a1 = Vector256.LoadUnsafe(ref r1, f);
            var a2 = Vector256.LoadUnsafe(ref r2, f);
            var a3 = Vector256.LoadUnsafe(ref r3, f);
            var a4 = Vector256.LoadUnsafe(ref r4, f);
            var a5 = Vector256.LoadUnsafe(ref r5, f);
            var a6 = Vector256.LoadUnsafe(ref r6, f);
            var a7 = Vector256.LoadUnsafe(ref r7, f);
            var t0 = Avx.UnpackLow(a0, a1);
            var t1 = Avx.UnpackHigh(a0, a1);
            var t2 = Avx.UnpackLow(a2, a3);
            var t3 = Avx.UnpackHigh(a2, a3);
            var t4 = Avx.UnpackLow(a4, a5);
            var t5 = Avx.UnpackHigh(a4, a5);
            var t6 = Avx.UnpackLow(a6, a7);
            var t7 = Avx.UnpackHigh(a6, a7);
            var u0 = Avx.Shuffle(t0, t2, 0x44);
            var u1 = Avx.Shuffle(t0, t2, 0xEE);
            var u2 = Avx.Shuffle(t1, t3, 0x44);
            var u3 = Avx.Shuffle(t1, t3, 0xEE);
            var u4 = Avx.Shuffle(t4, t6, 0x44);
            var u5 = Avx.Shuffle(t4, t6, 0xEE);
            var u6 = Avx.Shuffle(t5, t7, 0x44);
            var u7 = Avx.Shuffle(t5, t7, 0xEE);
            ref float c = ref Unsafe.Add(ref columns, from * lanes);
            nuint step = (nuint)lanes;
            Avx.Permute2x128(u0, u4, 0x20).StoreUnsafe(ref c, 0);
            Avx.Permute2x128(u1, u5, 0x20).StoreUnsafe(ref c, step);
            Avx.Permute2x128(u2, u6, 0x20).StoreUnsafe(ref c, 2 * step);
            Avx.Permute2x128(u3, u7, 0x20).StoreUnsafe(ref c, 3 * step);
            Avx.Permute2x128(u0, u4, 0x31).StoreUnsafe(ref c, 4 * step);
            Avx.Permute2x128(u1, u5, 0x31).StoreUnsafe(ref c, 5 * step);
            Avx.Permute2x128(u2, u6, 0x31).StoreUnsafe(ref c, 6 * step);
            Avx.Permute2x128(u3, u7, 0x31).StoreUnsafe(ref c, 7 * step);
        }
    }

    /// <summary>
    /// All ones for the rows (columns of eight) that go left at split <paramref name="node"/> of a tree: feature at most
    /// the threshold, written as the threshold at least the feature (the same for every value, NaN included: both are
    /// false) so that the column is read by the comparison itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> Left(ref float columns, ref nuint column, ref float threshold, int node) =>
        Vector256.GreaterThanOrEqual(
            Vector256.Create(Unsafe.Add(ref threshold, node)),
            Vector256.LoadUnsafe(ref columns, Unsafe.Add(ref column, node)));

    /// <summary>
    /// <see cref="Evaluate4"/> for four rows at once: each row's sum is added up in the same order, so each is the
    /// same to the last bit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Evaluate4x4(ReadOnlySpan<float> rows, int a0, int a1, int a2, int a3, Span<double> sums)
    {
        // Bounds: every feature index is below the row width, which every start leaves room for (checked by the slices).
        ref float x0 = ref MemoryMarshal.GetReference(rows.Slice(a0, _width));
        ref float x1 = ref MemoryMarshal.GetReference(rows.Slice(a1, _width));
        ref float x2 = ref MemoryMarshal.GetReference(rows.Slice(a2, _width));
        ref float x3 = ref MemoryMarshal.GetReference(rows.Slice(a3, _width));
        ref int f = ref MemoryMarshal.GetArrayDataReference(_feature);
        ref float th = ref MemoryMarshal.GetArrayDataReference(_threshold);
        ref float leaf = ref MemoryMarshal.GetArrayDataReference(_leaf);
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int t = 0; t < _trees; t++)
        {
            int b = t * 15;
            int k0 = 0, k1 = 0, k2 = 0, k3 = 0;
            for (int d = 0; d < 4; d++)
            {
                k0 = (2 * k0) + 2 - Le(Unsafe.Add(ref x0, Unsafe.Add(ref f, b + k0)), Unsafe.Add(ref th, b + k0));
                k1 = (2 * k1) + 2 - Le(Unsafe.Add(ref x1, Unsafe.Add(ref f, b + k1)), Unsafe.Add(ref th, b + k1));
                k2 = (2 * k2) + 2 - Le(Unsafe.Add(ref x2, Unsafe.Add(ref f, b + k2)), Unsafe.Add(ref th, b + k2));
                k3 = (2 * k3) + 2 - Le(Unsafe.Add(ref x3, Unsafe.Add(ref f, b + k3)), Unsafe.Add(ref th, b + k3));
            }

            int l = (t * 16) - 15;
            s0 += Unsafe.Add(ref leaf, l + k0);
            s1 += Unsafe.Add(ref leaf, l + k1);
            s2 += Unsafe.Add(ref leaf, l + k2);
            s3 += Unsafe.Add(ref leaf, l + k3);
        }

        sums[0] = s0;
        sums[1] = s1;
        sums[2] = s2;
        sums[3] = s3;
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
