using TextInsight.Text;

namespace TextInsight.Entities.Ner;

/// <summary>Settings of <see cref="NerClusterTrainer"/>.</summary>
internal sealed record NerClusterOptions
{
    /// <summary>Words seen fewer times are not clustered.</summary>
    public int MinCount { get; init; } = 5;

    /// <summary>The most words clustered (the most frequent).</summary>
    public int MaxWords { get; init; } = 60_000;

    /// <summary>The most frequent words that serve as contexts; other neighbours are read by their shape class.</summary>
    public int ContextWords { get; init; } = 1_500;

    /// <summary>The dimension of the random projection of each word's context vector.</summary>
    public int Dimensions { get; init; } = 256;

    /// <summary>Clusters at each level of the hierarchy (each at most 16).</summary>
    public int[] Branching { get; init; } = [16, 16, 16];

    /// <summary>Iterations of k-means at each split.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>Seed of the projection and of the k-means starts.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Learns <see cref="NerClusters"/> from unlabelled text, a cheap stand-in for Brown clusters: each frequent word is
/// described by the words at distance 1 and 2 on either side (positive pointwise mutual information with context
/// smoothing), randomly projected to a few dimensions, and the words are clustered by spherical k-means, top-down, into a
/// three-level hierarchy whose path prefixes are coarser clusters. Deterministic for a seed.
/// </summary>
internal static class NerClusterTrainer
{
    private const int ShapeClasses = 5; // rare capitalized, rare lower case, rare with digits, other, document boundary

    /// <summary>Learns clusters from <paramref name="texts"/> (one document each).</summary>
    public static NerClusters Train(IEnumerable<string> texts, NerClusterOptions options, Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);

        // The token stream: word hashes and shape classes, 0 between documents.
        var words = new List<ulong>(1 << 22);
        var shapes = new List<byte>(1 << 22);
        var counts = new Dictionary<ulong, int>();
        var surface = new Dictionary<ulong, string>();
        int documents = 0;
        foreach (string text in texts)
        {
            documents++;
            words.Add(0);
            shapes.Add(4);
            foreach (var t in Tokenizer.Tokenize(text))
            {
                var span = text.AsSpan(t.Start, t.Length);
                var atoms = TokenAtoms.Compute(span);
                words.Add(atoms.Word);
                shapes.Add((atoms.Flags & TokenFlags.HasDigit) != 0 ? (byte)2 : (atoms.Flags & TokenFlags.InitialUpper) != 0 ? (byte)0 : (atoms.Flags & TokenFlags.InitialLower) != 0 ? (byte)1 : (byte)3);
                ref int c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, atoms.Word, out bool existed);
                c++;
                if (!existed)
                {
                    surface[atoms.Word] = span.ToString();
                }
            }
        }

        words.Add(0);
        shapes.Add(4);
        log($"read {documents:N0} documents, {words.Count - documents - 1:N0} tokens, {counts.Count:N0} distinct words");

        var byFrequency = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).ToArray();
        var vocabulary = new Dictionary<ulong, int>();
        for (int i = 0; i < byFrequency.Length && vocabulary.Count < options.MaxWords && byFrequency[i].Value >= options.MinCount; i++)
        {
            vocabulary[byFrequency[i].Key] = i;
        }

        int contextWords = Math.Min(options.ContextWords, vocabulary.Count);
        int perPosition = contextWords + ShapeClasses;
        int contextDims = 4 * perPosition;
        int V = vocabulary.Count;
        log($"clustering {V:N0} words seen at least {options.MinCount} times, by {contextWords:N0} context words at distances 1 and 2");

        // Context ids of every token, then (word, context) pair counts by sorting chunks of codes.
        var context = new int[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            context[i] = words[i] != 0 && vocabulary.TryGetValue(words[i], out int id) && id < contextWords ? id : contextWords + shapes[i];
        }

        var pairs = new PairCounter();
        ReadOnlySpan<int> offsets = [-2, -1, 1, 2];
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i] == 0 || !vocabulary.TryGetValue(words[i], out int w))
            {
                continue;
            }

            for (int p = 0; p < 4; p++)
            {
                int j = i + offsets[p];
                int c = j < 0 || j >= words.Count ? contextWords + 4 : context[j];
                if (p < 2 ? HasBoundary(words, j, i) : HasBoundary(words, i, j))
                {
                    c = contextWords + 4;
                }

                pairs.Add(((long)w * contextDims) + (p * perPosition) + c);
            }
        }

        var (codes, pairCounts) = pairs.Result();
        log($"{codes.Length:N0} distinct (word, context) pairs");

        // PPMI with context smoothing (counts^0.75), randomly projected.
        var wordTotal = new double[V];
        var contextTotal = new double[contextDims];
        for (int k = 0; k < codes.Length; k++)
        {
            wordTotal[codes[k] / contextDims] += pairCounts[k];
            contextTotal[codes[k] % contextDims] += pairCounts[k];
        }

        double smoothedSum = 0;
        for (int c = 0; c < contextDims; c++)
        {
            contextTotal[c] = Math.Pow(contextTotal[c], 0.75);
            smoothedSum += contextTotal[c];
        }

        int D = options.Dimensions;
        var random = new Random(options.Seed);
        var projection = new float[contextDims * D];
        for (int k = 0; k < projection.Length; k++)
        {
            projection[k] = random.Next(2) == 0 ? -1f : 1f;
        }

        var vectors = new float[V * D];
        for (int k = 0; k < codes.Length; k++)
        {
            int w = (int)(codes[k] / contextDims), c = (int)(codes[k] % contextDims);
            double pmi = Math.Log(pairCounts[k] * smoothedSum / (wordTotal[w] * contextTotal[c]));
            if (pmi <= 0)
            {
                continue;
            }

            var row = vectors.AsSpan(w * D, D);
            var r = projection.AsSpan(c * D, D);
            float v = (float)pmi;
            for (int d = 0; d < D; d++)
            {
                row[d] += v * r[d];
            }
        }

        for (int w = 0; w < V; w++)
        {
            Normalize(vectors.AsSpan(w * D, D));
        }

        // Top-down spherical k-means.
        var paths = new int[V];
        var groups = new List<int[]> { Enumerable.Range(0, V).ToArray() };
        for (int level = 0; level < options.Branching.Length; level++)
        {
            var next = new List<int[]>();
            foreach (var members in groups)
            {
                int k = Math.Min(Math.Min(options.Branching[level], 16), members.Length / 2);
                var assignment = k >= 2 ? KMeans(vectors, D, members, k, options.Iterations, random) : new int[members.Length];
                int shift = 4 * (options.Branching.Length - 1 - level);
                for (int c = 0; c < Math.Max(k, 1); c++)
                {
                    var cluster = members.Where((_, m) => assignment[m] == c).ToArray();
                    foreach (int w in cluster)
                    {
                        paths[w] |= c << shift;
                    }

                    if (cluster.Length > 0)
                    {
                        next.Add(cluster);
                    }
                }
            }

            groups = next;
            log($"level {level + 1}: {groups.Count} clusters");
        }

        var result = new Dictionary<ulong, ushort>(V);
        var hashOf = new ulong[V];
        foreach (var (hash, id) in vocabulary)
        {
            hashOf[id] = hash;
            result[hash] = (ushort)paths[id];
        }

        // The clusters of a few common words, for whoever trains them to see what they hold.
        log($"level 1 sizes: {string.Join(' ', Enumerable.Range(0, 16).Select(c => paths.Count(p => p >> 8 == c)))}");
        foreach (string probe in (string[])["Monday", "Germany", "London", "John", "Clinton", "Microsoft", "said", "million", "Reuters", "German"])
        {
            if (vocabulary.TryGetValue(TokenAtoms.Compute(probe).Word, out int id))
            {
                int p = paths[id];
                var mates = groups.First(g => g.Contains(id));
                log($"{probe} {p:X3}: {string.Join(' ', mates.Take(14).Select(w => surface[hashOf[w]]))}");
            }
        }

        return new NerClusters(result);
    }

    // Whether a document boundary lies between positions a < b (inclusive of b, exclusive of a).
    private static bool HasBoundary(List<ulong> words, int a, int b)
    {
        for (int k = Math.Max(a, 0); k <= b && k < words.Count; k++)
        {
            if (words[k] == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Normalize(Span<float> v)
    {
        double sum = 0;
        foreach (float x in v)
        {
            sum += x * x;
        }

        if (sum <= 0)
        {
            return;
        }

        float scale = (float)(1 / Math.Sqrt(sum));
        for (int d = 0; d < v.Length; d++)
        {
            v[d] *= scale;
        }
    }

    // Spherical k-means of the given rows, k-means++ start; returns each member's cluster.
    private static int[] KMeans(float[] vectors, int D, int[] members, int k, int iterations, Random random)
    {
        int n = members.Length;
        var centers = new float[k * D];
        var nearest = new double[n];
        Array.Fill(nearest, double.MaxValue);
        int first = random.Next(n);
        vectors.AsSpan(members[first] * D, D).CopyTo(centers.AsSpan(0, D));
        for (int c = 1; c < k; c++)
        {
            double total = 0;
            var center = centers.AsSpan((c - 1) * D, D);
            for (int m = 0; m < n; m++)
            {
                double d = 1 - Dot(vectors.AsSpan(members[m] * D, D), center);
                nearest[m] = Math.Min(nearest[m], Math.Max(d, 0));
                total += nearest[m] * nearest[m];
            }

            double target = random.NextDouble() * total;
            int pick = n - 1;
            for (int m = 0; m < n; m++)
            {
                target -= nearest[m] * nearest[m];
                if (target <= 0)
                {
                    pick = m;
                    break;
                }
            }

            vectors.AsSpan(members[pick] * D, D).CopyTo(centers.AsSpan(c * D, D));
        }

        var assignment = new int[n];
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            bool changed = false;
            for (int m = 0; m < n; m++)
            {
                var v = vectors.AsSpan(members[m] * D, D);
                int best = 0;
                float bestDot = float.MinValue;
                for (int c = 0; c < k; c++)
                {
                    float dot = Dot(v, centers.AsSpan(c * D, D));
                    if (dot > bestDot)
                    {
                        bestDot = dot;
                        best = c;
                    }
                }

                changed |= assignment[m] != best || iteration == 0;
                assignment[m] = best;
            }

            if (!changed)
            {
                break;
            }

            Array.Clear(centers);
            for (int m = 0; m < n; m++)
            {
                var center = centers.AsSpan(assignment[m] * D, D);
                var v = vectors.AsSpan(members[m] * D, D);
                for (int d = 0; d < D; d++)
                {
                    center[d] += v[d];
                }
            }

            for (int c = 0; c < k; c++)
            {
                Normalize(centers.AsSpan(c * D, D));
            }
        }

        return assignment;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = System.Numerics.Vector<float>.Zero;
        int w = System.Numerics.Vector<float>.Count, i = 0;
        for (; i <= a.Length - w; i += w)
        {
            sum += new System.Numerics.Vector<float>(a[i..]) * new System.Numerics.Vector<float>(b[i..]);
        }

        float result = System.Numerics.Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

    // Counts 64-bit codes by sorting chunks and merging the sorted runs.
    private sealed class PairCounter
    {
        private const int Chunk = 1 << 22;
        private readonly long[] _buffer = new long[Chunk];
        private readonly List<(long[] Codes, int[] Counts)> _runs = [];
        private int _n;

        public void Add(long code)
        {
            _buffer[_n++] = code;
            if (_n == Chunk)
            {
                Flush();
            }
        }

        public (long[] Codes, int[] Counts) Result()
        {
            Flush();
            var all = new List<long>();
            var allCounts = new List<int>();
            foreach (var (codes, counts) in _runs)
            {
                all.AddRange(codes);
                allCounts.AddRange(counts);
            }

            var keys = all.ToArray();
            var values = allCounts.ToArray();
            Array.Sort(keys, values);
            return Reduce(keys, values, keys.Length);
        }

        private void Flush()
        {
            if (_n == 0)
            {
                return;
            }

            var keys = _buffer.AsSpan(0, _n).ToArray();
            Array.Sort(keys);
            var ones = new int[_n];
            Array.Fill(ones, 1);
            _runs.Add(Reduce(keys, ones, _n));
            _n = 0;
        }

        private static (long[] Codes, int[] Counts) Reduce(long[] keys, int[] values, int n)
        {
            var codes = new List<long>();
            var counts = new List<int>();
            for (int i = 0; i < n; i++)
            {
                if (codes.Count > 0 && codes[^1] == keys[i])
                {
                    counts[^1] += values[i];
                }
                else
                {
                    codes.Add(keys[i]);
                    counts.Add(values[i]);
                }
            }

            return (codes.ToArray(), counts.ToArray());
        }
    }
}
