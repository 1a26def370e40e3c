namespace TextInsight.Entities.Ner;

/// <summary>Constrained Viterbi decoding of BILOU labels, and max-marginals for confidences.</summary>
internal static class NerDecoder
{
    private const int L = NerLabels.Count;
    private static readonly int[][] Predecessors = Build(successors: false);
    private static readonly int[][] Successors = Build(successors: true);

    /// <summary>Writes the best label sequence that follows the BILOU grammar.</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> labels)
    {
        if (n == 0)
        {
            return;
        }

        float[] rented = System.Buffers.ArrayPool<float>.Shared.Rent(n * L);
        int[] back = System.Buffers.ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            var score = rented.AsSpan(0, n * L);
            Forward(emissions, transitions, n, score, back);
            int best = -1;
            float bestScore = float.NegativeInfinity;
            for (int y = 0; y < L; y++)
            {
                if (!NerLabels.CanEnd(y))
                {
                    continue;
                }

                float s = score[((n - 1) * L) + y] + transitions[NerWeights.EndOffset + y];
                if (s > bestScore)
                {
                    bestScore = s;
                    best = y;
                }
            }

            for (int i = n - 1; i >= 0; i--)
            {
                labels[i] = best;
                best = back[(i * L) + best];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(rented);
            System.Buffers.ArrayPool<int>.Shared.Return(back);
        }
    }

    /// <summary>
    /// Writes, for each token and label, the score of the best grammatical sequence that gives the token that label
    /// (forward max plus backward max).
    /// </summary>
    public static void MaxMarginals(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<float> marginals)
    {
        if (n == 0)
        {
            return;
        }

        float[] rentedB = System.Buffers.ArrayPool<float>.Shared.Rent(n * L);
        int[] back = System.Buffers.ArrayPool<int>.Shared.Rent(n * L);
        try
        {
            var alpha = marginals[..(n * L)];
            Forward(emissions, transitions, n, alpha, back);
            var beta = rentedB.AsSpan(0, n * L);
            for (int y = 0; y < L; y++)
            {
                beta[((n - 1) * L) + y] = NerLabels.CanEnd(y) ? transitions[NerWeights.EndOffset + y] : float.NegativeInfinity;
            }

            for (int i = n - 2; i >= 0; i--)
            {
                for (int y = 0; y < L; y++)
                {
                    float best = float.NegativeInfinity;
                    foreach (int z in Successors[y])
                    {
                        float s = transitions[(y * L) + z] + emissions[((i + 1) * L) + z] + beta[((i + 1) * L) + z];
                        if (s > best)
                        {
                            best = s;
                        }
                    }

                    beta[(i * L) + y] = best;
                }
            }

            for (int k = 0; k < n * L; k++)
            {
                alpha[k] += beta[k];
            }
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(rentedB);
            System.Buffers.ArrayPool<int>.Shared.Return(back);
        }
    }

    private static void Forward(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<float> score, Span<int> back)
    {
        for (int y = 0; y < L; y++)
        {
            score[y] = NerLabels.CanStart(y) ? transitions[(NerWeights.StartRow * L) + y] + emissions[y] : float.NegativeInfinity;
        }

        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                foreach (int p in Predecessors[y])
                {
                    float s = score[((i - 1) * L) + p] + transitions[(p * L) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[(i * L) + y] = best + emissions[(i * L) + y];
                back[(i * L) + y] = arg;
            }
        }
    }

    // The BILOU grammar as lists, so that decoding only visits the transitions it allows.
    private static int[][] Build(bool successors)
    {
        var lists = new int[L][];
        for (int a = 0; a < L; a++)
        {
            var list = new List<int>();
            for (int b = 0; b < L; b++)
            {
                if (successors ? NerLabels.CanFollow(a, b) : NerLabels.CanFollow(b, a))
                {
                    list.Add(b);
                }
            }

            lists[a] = [.. list];
        }

        return lists;
    }
}
