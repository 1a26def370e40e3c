using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace TextInsight.Entities.Ner;

/// <summary>
/// The weights of one linear-chain pass: feature weights over 2^<see cref="Bits"/> hashed buckets by
/// <see cref="NerLabels.Count"/> labels, and label transition weights (from the start, between labels, to the end).
/// </summary>
/// <remarks>
/// Most buckets end up with no weight at all (a quarter are used with the shipped model), so only used buckets have a
/// row of label weights: <see cref="Rows"/> maps a bucket to its row in <see cref="Table"/>, 0 meaning none. Weights are
/// kept at half precision, as they are stored, so that a saved and reloaded model tags identically.
/// </remarks>
internal sealed class NerWeights
{
    /// <summary>Offset of the start row in <see cref="Transitions"/>; rows are the previous label, columns the next.</summary>
    public const int StartRow = NerLabels.Count;

    /// <summary>Offset of the end weights in <see cref="Transitions"/>.</summary>
    public const int EndOffset = (NerLabels.Count + 1) * NerLabels.Count;

    /// <summary>The length of <see cref="Transitions"/>.</summary>
    public const int TransitionLength = EndOffset + NerLabels.Count;

    private const int L = NerLabels.Count;

    /// <summary>Creates weights from their compact form.</summary>
    /// <param name="bits">The table has 2^bits buckets.</param>
    /// <param name="rows">For each bucket, its row in <paramref name="table"/>, or 0.</param>
    /// <param name="table">Rows of <see cref="NerLabels.Count"/> label weights; row 0 is all zeros.</param>
    /// <param name="transitions">The transition weights.</param>
    public NerWeights(int bits, int[] rows, float[] table, float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(transitions);
        if (rows.Length != 1 << bits || transitions.Length != TransitionLength || table.Length % L != 0 || table.Length == 0)
        {
            throw new ArgumentException("The weight tables do not have the sizes their bit count implies.", nameof(rows));
        }

        Bits = bits;
        Rows = rows;
        Table = table;
        Transitions = transitions;
    }

    /// <summary>The weight table has 2^Bits buckets.</summary>
    public int Bits { get; }

    /// <summary>For each bucket, its row in <see cref="Table"/>, or 0 for a bucket without weights.</summary>
    public int[] Rows { get; }

    /// <summary>Rows of <see cref="NerLabels.Count"/> label weights; row 0 is all zeros.</summary>
    public float[] Table { get; }

    /// <summary>Transition weights, see <see cref="StartRow"/> and <see cref="EndOffset"/>.</summary>
    public float[] Transitions { get; }

    /// <summary>Builds compact weights from a dense bucket-major table, rounded to half precision.</summary>
    public static NerWeights FromDense(int bits, ReadOnlySpan<float> dense, float[] transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        var rows = new int[1 << bits];
        var table = new List<float>(new float[L]);
        Span<float> row = stackalloc float[L];
        for (int b = 0; b < rows.Length; b++)
        {
            bool any = false;
            for (int y = 0; y < L; y++)
            {
                row[y] = (float)(Half)dense[(b * L) + y];
                any |= row[y] != 0;
            }

            if (any)
            {
                rows[b] = table.Count / L;
                foreach (float v in row)
                {
                    table.Add(v);
                }
            }
        }

        var rounded = new float[transitions.Length];
        for (int i = 0; i < rounded.Length; i++)
        {
            rounded[i] = (float)(Half)transitions[i];
        }

        return new NerWeights(bits, rows, [.. table], rounded);
    }

    /// <summary>
    /// The element-wise mean of several weight sets of the same size (an ensemble of training runs averaged into one
    /// model), rounded to half precision as stored; a bucket keeps a row where any mean label weight is not zero.
    /// </summary>
    /// <remarks>Sums are taken in double precision in the members' order, so the result depends only on the members.</remarks>
    public static NerWeights Mean(IReadOnlyList<NerWeights> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("No weights to average.", nameof(members));
        }

        int bits = members[0].Bits;
        if (members.Any(m => m.Bits != bits))
        {
            throw new ArgumentException("The weights to average have different table sizes.", nameof(members));
        }

        if (members.Count == 1)
        {
            return members[0];
        }

        double k = members.Count;
        var rows = new int[1 << bits];
        var table = new List<float>(new float[L]);
        Span<double> sum = stackalloc double[L];
        Span<float> row = stackalloc float[L];
        for (int b = 0; b < rows.Length; b++)
        {
            sum.Clear();
            bool used = false;
            foreach (var m in members)
            {
                int r = m.Rows[b];
                if (r == 0)
                {
                    continue;
                }

                used = true;
                var w = m.Table.AsSpan(r * L, L);
                for (int y = 0; y < L; y++)
                {
                    sum[y] += w[y];
                }
            }

            if (!used)
            {
                continue;
            }

            bool any = false;
            for (int y = 0; y < L; y++)
            {
                row[y] = MeanOf(sum[y], k);
                any |= row[y] != 0;
            }

            if (any)
            {
                rows[b] = table.Count / L;
                foreach (float v in row)
                {
                    table.Add(v);
                }
            }
        }

        var transitions = new float[TransitionLength];
        for (int i = 0; i < transitions.Length; i++)
        {
            double t = 0;
            foreach (var m in members)
            {
                t += m.Transitions[i];
            }

            transitions[i] = MeanOf(t, k);
        }

        return new NerWeights(bits, rows, [.. table], transitions);
    }

    /// <summary>A sum of <paramref name="count"/> weights divided by the count, rounded to half precision as stored.</summary>
    internal static float MeanOf(double sum, double count) => (float)(Half)(float)(sum / count);

    /// <summary>Computes the label scores of <paramref name="tokens"/> tokens from their features.</summary>
    public void Emissions(ReadOnlySpan<int> ids, ReadOnlySpan<int> counts, int tokens, Span<float> scores)
    {
        var rows = Rows;
        ref float table = ref Table[0];
        for (int i = 0; i < tokens; i++)
        {
            // 17 labels: two 8-wide vectors and one scalar.
            var sum = Vector256<float>.Zero;
            var sum2 = Vector256<float>.Zero;
            float last = 0;
            foreach (int f in ids.Slice(i * NerFeatures.Stride, counts[i]))
            {
                int r = rows[f];
                if (r == 0)
                {
                    continue;
                }

                ref float w = ref Unsafe.Add(ref table, r * L);
                sum += Vector256.LoadUnsafe(ref w);
                sum2 += Vector256.LoadUnsafe(ref w, 8);
                last += Unsafe.Add(ref w, 16);
            }

            var row = scores.Slice(i * L, L);
            Vector256.CopyTo(sum, row);
            Vector256.CopyTo(sum2, row[8..]);
            row[16] = last;
        }
    }
}
