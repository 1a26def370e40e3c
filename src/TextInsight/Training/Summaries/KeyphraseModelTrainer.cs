using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Builds a <see cref="KeyphraseModel"/>: document frequencies of key words over background news, and the words that
/// part-of-speech tagged text (CoNLL-2003 columns: word, POS, chunk, NER) writes mostly as neither noun nor adjective.
/// Deterministic: the same inputs give the same file.
/// </summary>
internal static class KeyphraseModelTrainer
{
    /// <summary>Builds the model.</summary>
    /// <param name="taggedFiles">CoNLL-format files whose second column is a Penn Treebank tag.</param>
    /// <param name="backgroundDocuments">The background documents, one string each.</param>
    /// <param name="minDocumentFrequency">Words in fewer documents are left out (they get the highest IDF).</param>
    /// <param name="minTagCount">A word is judged by its tags only when seen this many times.</param>
    public static KeyphraseModel Train(IEnumerable<string> taggedFiles, IEnumerable<string> backgroundDocuments, int minDocumentFrequency = 3, int minTagCount = 2)
    {
        ArgumentNullException.ThrowIfNull(taggedFiles);
        ArgumentNullException.ThrowIfNull(backgroundDocuments);
        var tags = new Dictionary<string, (int Nominal, int Other)>(StringComparer.Ordinal);
        foreach (var file in taggedFiles)
        {
            foreach (var line in File.ReadLines(file))
            {
                var parts = line.Split(' ');
                if (parts.Length < 2 || parts[0] == "-DOCSTART-")
                {
                    continue;
                }

                string word = parts[0].ToLowerInvariant();
                if (!IsWord(word))
                {
                    continue;
                }

                bool isNominal = parts[1].StartsWith("NN", StringComparison.Ordinal) || parts[1].StartsWith("JJ", StringComparison.Ordinal);
                var (n, o) = tags.GetValueOrDefault(word);
                tags[word] = isNominal ? (n + 1, o) : (n, o + 1);
            }
        }

        var notNominal = new HashSet<string>(StringComparer.Ordinal);
        var nominal = new HashSet<string>(StringComparer.Ordinal);
        var suffixTags = new Dictionary<string, (int Nominal, int Other)>(StringComparer.Ordinal);
        foreach (var (word, (n, o)) in tags)
        {
            if (n + o >= minTagCount)
            {
                (o > n ? notNominal : nominal).Add(word);
            }

            // Rare words stand for the words the tagged text never held: their endings judge those.
            if (n + o <= 3 && word.Length >= KeyphraseModel.SuffixLength + 2)
            {
                string suffix = word[^KeyphraseModel.SuffixLength..];
                var (sn, so) = suffixTags.GetValueOrDefault(suffix);
                suffixTags[suffix] = (sn + n, so + o);
            }
        }

        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (suffix, (n, o)) in suffixTags)
        {
            if (n + o >= 10 && o > 2 * n)
            {
                suffixes.Add(suffix);
            }
        }

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        int documents = 0;
        foreach (var text in backgroundDocuments)
        {
            documents++;
            seen.Clear();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                keys.Clear();
                KeyphraseExtractor.AddKeyWords(text.AsSpan(token.Start, token.Length), keys);
                foreach (var k in keys)
                {
                    if (seen.Add(k))
                    {
                        df[k] = df.GetValueOrDefault(k) + 1;
                    }
                }
            }
        }

        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (k, f) in df)
        {
            if (f >= minDocumentFrequency)
            {
                kept[k] = f;
            }
        }

        return new KeyphraseModel(documents, kept, notNominal, nominal, suffixes);
    }

    /// <summary>
    /// Counts the phrases of two to four key words of the extractor's noun phrases (every run of words it would take as
    /// candidates, cut as <see cref="KeyphraseExtractor.NounPhrases"/> cuts them with <paramref name="words"/>) over
    /// background documents: how many documents hold each, and in how many it is once a whole noun phrase. Documents
    /// that share a run of <see cref="FingerprintWords"/> words with one of <paramref name="excluded"/> (the articles
    /// of an evaluation sample) are left out. Deterministic.
    /// </summary>
    /// <param name="words">The word model whose lists cut the noun phrases.</param>
    /// <param name="backgroundDocuments">The background documents, one string each.</param>
    /// <param name="excluded">Documents that must not be counted (evaluation samples).</param>
    /// <param name="minDocumentFrequency">Phrases in fewer documents are left out.</param>
    /// <returns>The model, and how many background documents were left out.</returns>
    public static (KeyphraseTermModel Model, int Excluded) TrainTerms(KeyphraseModel words, IEnumerable<string> backgroundDocuments, IEnumerable<string> excluded, int minDocumentFrequency = 3)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(backgroundDocuments);
        ArgumentNullException.ThrowIfNull(excluded);
        var fingerprints = Fingerprints(excluded);

        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.Sentences });
        var counts = new Dictionary<string, (int Documents, int Whole)>(StringComparer.Ordinal);
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        var keys = new List<string>();
        var key = new StringBuilder();
        int documents = 0, left = 0;
        foreach (var text in backgroundDocuments)
        {
            if (fingerprints.Count > 0 && Holds(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), fingerprints))
            {
                left++;
                continue;
            }

            documents++;
            seen.Clear();
            var analysis = analyzer.Analyze(text);
            foreach (var phrase in KeyphraseExtractor.NounPhrases(analysis.Structure, analysis.Sentences, words))
            {
                var w = phrase.Words;
                var index = phrase.WordIndices;
                // Sub-phrases start and end at word boundaries (a hyphenated word's parts stay together), as candidates do.
                for (int i = 0; i < w.Length; i++)
                {
                    if (i > 0 && index[i] == index[i - 1])
                    {
                        continue;
                    }

                    for (int j = i; j < w.Length && j - i < KeyphraseExtractor.MaxWords; j++)
                    {
                        if ((j < w.Length - 1 && index[j + 1] == index[j]) || j == i)
                        {
                            continue;
                        }

                        key.Clear();
                        for (int k = i; k <= j; k++)
                        {
                            key.Append(k > i ? " " : string.Empty).Append(w[k]);
                        }

                        string s = key.ToString();
                        bool whole = i == 0 && j == w.Length - 1;
                        ref bool wasWhole = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, s, out bool exists);
                        if (!exists || (whole && !wasWhole))
                        {
                            var (d, h) = counts.GetValueOrDefault(s);
                            counts[s] = (exists ? d : d + 1, whole ? h + 1 : h);
                            wasWhole |= whole;
                        }
                    }
                }
            }
        }

        var kept = new Dictionary<ulong, (int, int)>();
        foreach (var (k, c) in counts)
        {
            if (c.Documents >= minDocumentFrequency)
            {
                ulong hash = KeyphraseTermModel.Hash(k);
                // Two phrases under one hash (rare at 40 bits) keep the larger counts.
                kept[hash] = kept.TryGetValue(hash, out var other) && other.Item1 >= c.Documents ? other : c;
            }
        }

        return (new KeyphraseTermModel(documents, kept), left);
    }

    /// <summary>
    /// Learns word vectors of the key words of background news (<see cref="KeyphraseVectorModel"/>): each key word seen
    /// in at least <paramref name="minDocumentFrequency"/> documents (and in at most a fifth of them) is described by its positive PMI with the <paramref name="contexts"/> most common of
    /// them within <paramref name="window"/> key words on either side (context counts smoothed to the power 0.75), randomly
    /// projected to <paramref name="dimensions"/> (signs drawn from <paramref name="seed"/>, as
    /// <c>NerClusterTrainer</c> does), made unit length and stored as signed bytes. Documents sharing a run of words with
    /// one of <paramref name="excluded"/> are left out (as <see cref="TrainTerms"/>). Deterministic.
    /// </summary>
    /// <returns>The model, and how many background documents were left out.</returns>
    public static (KeyphraseVectorModel Model, int Excluded) TrainVectors(
        Func<IEnumerable<string>> backgroundDocuments, IEnumerable<string> excluded, Action<string> log,
        int dimensions = 128, int window = 4, int minDocumentFrequency = 5, int maxWords = 30_000, int contexts = 3_000, int seed = 1, bool svd = false)
    {
        ArgumentNullException.ThrowIfNull(backgroundDocuments);
        ArgumentNullException.ThrowIfNull(excluded);
        ArgumentNullException.ThrowIfNull(log);
        var fingerprints = Fingerprints(excluded);

        // Pass 1: document frequencies of the key words.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        int documents = 0, left = 0;
        foreach (var text in backgroundDocuments())
        {
            if (fingerprints.Count > 0 && Holds(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), fingerprints))
            {
                left++;
                continue;
            }

            documents++;
            seen.Clear();
            foreach (var k in KeysOf(text, keys))
            {
                if (seen.Add(k))
                {
                    df[k] = df.GetValueOrDefault(k) + 1;
                }
            }
        }

        var vocabulary = df
            .Where(p => p.Value >= minDocumentFrequency && p.Value * 5 <= documents && p.Key.Length >= 2 && IsWord(p.Key))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(maxWords).Select(p => p.Key).ToArray();
        var id = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocabulary.Length; i++)
        {
            id[vocabulary[i]] = i;
        }

        int V = vocabulary.Length, C = Math.Min(contexts, V);
        log($"{documents:N0} background documents ({left} left out as excluded); vectors for {V:N0} key words, {C:N0} contexts, window {window}");

        // Pass 2: co-occurrence counts within the window, over each document's known key words in order.
        var counts = new int[(long)V * C];
        var stream = new List<int>();
        foreach (var text in backgroundDocuments())
        {
            if (fingerprints.Count > 0 && Holds(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), fingerprints))
            {
                continue;
            }

            stream.Clear();
            foreach (var k in KeysOf(text, keys))
            {
                if (id.TryGetValue(k, out int w))
                {
                    stream.Add(w);
                }
            }

            for (int i = 0; i < stream.Count; i++)
            {
                int w = stream[i];
                for (int j = Math.Max(0, i - window); j <= Math.Min(stream.Count - 1, i + window); j++)
                {
                    if (j != i && stream[j] < C)
                    {
                        counts[((long)w * C) + stream[j]]++;
                    }
                }
            }
        }

        var rowTotal = new double[V];
        var contextTotal = new double[C];
        for (int w = 0; w < V; w++)
        {
            for (int c = 0; c < C; c++)
            {
                int n = counts[((long)w * C) + c];
                rowTotal[w] += n;
                contextTotal[c] += n;
            }
        }

        double smoothedSum = 0;
        for (int c = 0; c < C; c++)
        {
            contextTotal[c] = Math.Pow(contextTotal[c], 0.75);
            smoothedSum += contextTotal[c];
        }

        var values = svd
            ? SvdVectors(counts, rowTotal, contextTotal, smoothedSum, V, C, dimensions, seed)
            : ProjectedVectors(counts, rowTotal, contextTotal, smoothedSum, V, C, dimensions, seed);
        var model = new KeyphraseVectorModel(dimensions, vocabulary, values);
        foreach (string word in (string[])["deficit", "budget", "oil", "football", "election", "software", "coffee", "quotas"])
        {
            keys.Clear();
            KeyphraseExtractor.AddKeyWords(word, keys);
            string probe = keys[0];
            log($"  {probe}: " + string.Join(", ", model.Nearest(probe, 8).Select(p => $"{p.Word} {p.Cosine:0.00}")));
        }

        return (model, left);
    }

    private static double Ppmi(int n, double rowTotal, double contextTotal, double smoothedSum)
        => n == 0 ? 0 : Math.Max(0, Math.Log(n * smoothedSum / (rowTotal * contextTotal)));

    private static sbyte[] ProjectedVectors(int[] counts, double[] rowTotal, double[] contextTotal, double smoothedSum, int V, int C, int dimensions, int seed)
    {
        var random = new Random(seed);
        var projection = new float[C * dimensions];
        for (int k = 0; k < projection.Length; k++)
        {
            projection[k] = random.Next(2) == 0 ? -1f : 1f;
        }

        var values = new sbyte[V * dimensions];
        var row = new float[dimensions];
        for (int w = 0; w < V; w++)
        {
            Array.Clear(row);
            for (int c = 0; c < C; c++)
            {
                int n = counts[((long)w * C) + c];
                if (n == 0)
                {
                    continue;
                }

                double pmi = Math.Log(n * smoothedSum / (rowTotal[w] * contextTotal[c]));
                if (pmi <= 0)
                {
                    continue;
                }

                float v = (float)pmi;
                var r = projection.AsSpan(c * dimensions, dimensions);
                for (int d = 0; d < dimensions; d++)
                {
                    row[d] += v * r[d];
                }
            }

            float max = 0;
            foreach (float v in row)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            for (int d = 0; d < dimensions; d++)
            {
                values[(w * dimensions) + d] = max > 0 ? (sbyte)Math.Round(row[d] * 127 / max) : (sbyte)0;
            }
        }

        return values;
    }

    /// <summary>Rows of the PPMI matrix reduced by a randomized truncated SVD (Halko et al.: one range sample, no power
    /// iteration): U × Σ^0.5, quantized to signed bytes.</summary>
    private static sbyte[] SvdVectors(int[] counts, double[] rowTotal, double[] contextTotal, double smoothedSum, int V, int C, int k, int seed)
    {
        int l = k + 10;
        var random = new Random(seed);
        var omega = new double[C * l];
        for (int i = 0; i < omega.Length; i++)
        {
            double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
            omega[i] = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }

        // Y = P Ω, then Q = an orthonormal basis of Y's columns (modified Gram-Schmidt), stored row-major V × l.
        var q = new double[(long)V * l];
        for (int w = 0; w < V; w++)
        {
            var y = q.AsSpan(w * l, l);
            for (int c = 0; c < C; c++)
            {
                double p = Ppmi(counts[((long)w * C) + c], rowTotal[w], contextTotal[c], smoothedSum);
                if (p > 0)
                {
                    var o = omega.AsSpan(c * l, l);
                    for (int j = 0; j < l; j++)
                    {
                        y[j] += p * o[j];
                    }
                }
            }
        }

        for (int j = 0; j < l; j++)
        {
            for (int i = 0; i < j; i++)
            {
                double dot = 0;
                for (int w = 0; w < V; w++)
                {
                    dot += q[(w * l) + i] * q[(w * l) + j];
                }

                for (int w = 0; w < V; w++)
                {
                    q[(w * l) + j] -= dot * q[(w * l) + i];
                }
            }

            double norm = 0;
            for (int w = 0; w < V; w++)
            {
                norm += q[(w * l) + j] * q[(w * l) + j];
            }

            norm = Math.Sqrt(norm);
            for (int w = 0; w < V; w++)
            {
                q[(w * l) + j] = norm > 0 ? q[(w * l) + j] / norm : 0;
            }
        }

        // Bᵀ = Pᵀ Q (C × l), then G = B Bᵀ (l × l), whose eigenvectors rotate Q onto P's leading left singular vectors.
        var bt = new double[C * l];
        for (int w = 0; w < V; w++)
        {
            var qw = q.AsSpan(w * l, l);
            for (int c = 0; c < C; c++)
            {
                double p = Ppmi(counts[((long)w * C) + c], rowTotal[w], contextTotal[c], smoothedSum);
                if (p > 0)
                {
                    var b = bt.AsSpan(c * l, l);
                    for (int j = 0; j < l; j++)
                    {
                        b[j] += p * qw[j];
                    }
                }
            }
        }

        var g = new double[l, l];
        for (int c = 0; c < C; c++)
        {
            var b = bt.AsSpan(c * l, l);
            for (int i = 0; i < l; i++)
            {
                for (int j = 0; j < l; j++)
                {
                    g[i, j] += b[i] * b[j];
                }
            }
        }

        var (eigenvalues, eigenvectors) = Jacobi(g, l);
        var order = Enumerable.Range(0, l).OrderByDescending(i => eigenvalues[i]).ThenBy(i => i).Take(k).ToArray();
        var values = new sbyte[V * k];
        var row = new double[k];
        for (int w = 0; w < V; w++)
        {
            var qw = q.AsSpan(w * l, l);
            double max = 0;
            for (int d = 0; d < k; d++)
            {
                int e = order[d];
                double u = 0;
                for (int j = 0; j < l; j++)
                {
                    u += qw[j] * eigenvectors[j, e];
                }

                row[d] = u * Math.Pow(Math.Max(0, eigenvalues[e]), 0.25);
                max = Math.Max(max, Math.Abs(row[d]));
            }

            for (int d = 0; d < k; d++)
            {
                values[(w * k) + d] = max > 0 ? (sbyte)Math.Round(row[d] * 127 / max) : (sbyte)0;
            }
        }

        return values;
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] a, int n)
    {
        var v = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    off += a[i, j] * a[i, j];
                }
            }

            if (off < 1e-18)
            {
                break;
            }

            for (int p = 0; p < n; p++)
            {
                for (int r = p + 1; r < n; r++)
                {
                    if (Math.Abs(a[p, r]) < 1e-30)
                    {
                        continue;
                    }

                    double theta = (a[r, r] - a[p, p]) / (2 * a[p, r]);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    double c = 1 / Math.Sqrt((t * t) + 1), s = t * c;
                    for (int k = 0; k < n; k++)
                    {
                        double akp = a[k, p], akr = a[k, r];
                        a[k, p] = (c * akp) - (s * akr);
                        a[k, r] = (s * akp) + (c * akr);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double apk = a[p, k], ark = a[r, k];
                        a[p, k] = (c * apk) - (s * ark);
                        a[r, k] = (s * apk) + (c * ark);
                    }

                    for (int k = 0; k < n; k++)
                    {
                        double vkp = v[k, p], vkr = v[k, r];
                        v[k, p] = (c * vkp) - (s * vkr);
                        v[k, r] = (s * vkp) + (c * vkr);
                    }
                }
            }
        }

        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    private static List<string> KeysOf(string text, List<string> keys)
    {
        keys.Clear();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Word)
            {
                KeyphraseExtractor.AddKeyWords(text.AsSpan(token.Start, token.Length), keys, shared: true);
            }
        }

        return keys;
    }

    private static Dictionary<string, List<string[]>> Fingerprints(IEnumerable<string> excluded)
    {
        var fingerprints = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var text in excluded)
        {
            var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < FingerprintAt + FingerprintWords)
            {
                continue;
            }

            var print = parts[FingerprintAt..(FingerprintAt + FingerprintWords)];
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(fingerprints, print[0], out _);
            (list ??= []).Add(print);
        }

        return fingerprints;
    }

    /// <summary>How many words (split on white space) mark a document as an excluded one, and from which word.</summary>
    private const int FingerprintWords = 12, FingerprintAt = 20;

    private static bool Holds(string[] words, Dictionary<string, List<string[]>> fingerprints)
    {
        for (int i = 0; i + FingerprintWords <= words.Length; i++)
        {
            if (!fingerprints.TryGetValue(words[i], out var prints))
            {
                continue;
            }

            foreach (var print in prints)
            {
                if (words.AsSpan(i, FingerprintWords).SequenceEqual(print))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The documents of the given paths: a folder gives each <c>.txt</c> file under it (in ordinal order) as one
    /// document; a <c>.gz</c> file gives each of its lines; another file is one document.
    /// </summary>
    public static IEnumerable<string> ReadDocuments(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.GetFiles(path, "*.txt", SearchOption.AllDirectories);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var f in files)
                {
                    yield return File.ReadAllText(f);
                }
            }
            else if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = File.OpenRead(path);
                using var gzip = new GZipStream(stream, CompressionMode.Decompress);
                using var reader = new StreamReader(gzip);
                while (reader.ReadLine() is { } line)
                {
                    if (line.Length > 0)
                    {
                        yield return line;
                    }
                }
            }
            else
            {
                yield return File.ReadAllText(path);
            }
        }
    }

    private static bool IsWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
