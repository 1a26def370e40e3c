using System.Numerics;

namespace TextInsight.Internals;

/// <summary>
/// PageRank by power iteration, once for the whole library: over the summary's dense sentence graphs and over the
/// key-phrase extractor's sparse word graph (with a personalized jump, as PositionRank).
/// </summary>
internal static class GraphRank
{
    /// <summary>The share of rank that follows the edges; the rest jumps.</summary>
    public const double Damping = 0.85;

    /// <summary>Iteration stops once the L1 change of the ranks falls below this.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>
    /// Weighted PageRank by power iteration over the symmetric edge weights <paramref name="weights"/>
    /// (row-major, zero diagonal), with a uniform jump; a node without edges keeps the jump share. Scaled to a maximum of 1.
    /// </summary>
    public static double[] Dense(float[] weights, int n, int maxIterations, CancellationToken cancellationToken)
    {
        var outSum = new double[n];
        for (int i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double sum = 0;
            for (int j = 0; j < n; j++)
            {
                sum += weights[(i * n) + j];
            }

            outSum[i] = sum;
        }

        var rank = new double[n];
        var next = new double[n];
        var share = new float[n];
        Array.Fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double dangling = 0;
            for (int j = 0; j < n; j++)
            {
                if (outSum[j] == 0)
                {
                    dangling += rank[j];
                    share[j] = 0;
                }
                else
                {
                    share[j] = (float)(rank[j] / outSum[j]);
                }
            }

            double baseShare = ((1 - Damping) / n) + (Damping * dangling / n);
            for (int i = 0; i < n; i++)
            {
                // Symmetric weights: what flows from j to i is w(i, j) × rank(j) / out(j).
                next[i] = baseShare + (Damping * Dot(weights.AsSpan(i * n, n), share));
            }

            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                delta += Math.Abs(next[i] - rank[i]);
            }

            (rank, next) = (next, rank);
            if (delta < Tolerance)
            {
                break;
            }
        }

        Scaling.ScaleToMaximum(rank);
        return rank;
    }

    /// <summary>
    /// Weighted PageRank over a sparse undirected graph in compressed rows (the neighbours of node i are
    /// <c>neighbour[start[i]..start[i + 1]]</c> with integer edge weights), where the random jump and the rank of nodes
    /// without edges go to each node in proportion to <paramref name="jump"/> (which sums to 1). Not scaled.
    /// </summary>
    public static double[] Sparse(int[] start, int[] neighbour, int[] weight, double[] jump, int maxIterations)
    {
        int n = jump.Length;
        var rank = new double[n];
        Sparse(start, neighbour, weight, jump, maxIterations, rank, new double[2 * n]);
        return rank;
    }

    /// <summary>
    /// <see cref="Sparse(int[], int[], int[], double[], int)"/> into <paramref name="rank"/> (length n), with
    /// <paramref name="scratch"/> (at least 2n) for the working vectors: no allocation, for callers that reuse buffers.
    /// </summary>
    public static void Sparse(ReadOnlySpan<int> start, ReadOnlySpan<int> neighbour, ReadOnlySpan<int> weight, ReadOnlySpan<double> jump, int maxIterations, Span<double> rank, Span<double> scratch)
    {
        int n = jump.Length;
        var outWeight = scratch[..n];
        outWeight.Clear();
        for (int i = 0; i < n; i++)
        {
            for (int k = start[i]; k < start[i + 1]; k++)
            {
                outWeight[i] += weight[k];
            }
        }

        var current = rank[..n];
        var next = scratch.Slice(n, n);
        jump.CopyTo(current);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            double dangling = 0;
            for (int i = 0; i < n; i++)
            {
                if (outWeight[i] == 0)
                {
                    dangling += current[i];
                }
            }

            double jumpMass = (1 - Damping) + (Damping * dangling);
            for (int i = 0; i < n; i++)
            {
                next[i] = jumpMass * jump[i];
            }

            for (int i = 0; i < n; i++)
            {
                if (outWeight[i] == 0)
                {
                    continue;
                }

                for (int k = start[i]; k < start[i + 1]; k++)
                {
                    next[neighbour[k]] += Damping * current[i] * weight[k] / outWeight[i];
                }
            }

            double delta = 0;
            for (int i = 0; i < n; i++)
            {
                delta += Math.Abs(next[i] - current[i]);
            }

            var swap = current;
            current = next;
            next = swap;
            if (delta < Tolerance)
            {
                break;
            }
        }

        if (current != rank[..n])
        {
            current.CopyTo(rank);
        }
    }

    private static float Dot(ReadOnlySpan<float> x, ReadOnlySpan<float> y)
    {
        int i = 0;
        float sum = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                acc += new Vector<float>(x[i..]) * new Vector<float>(y[i..]);
            }

            sum = Vector.Sum(acc);
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }
}
