using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using TextInsight.Internals;

namespace TextInsight.Entities.Ner;

/// <summary>
/// A trained two-pass named-entity model: pass 1 and pass 2 weights, the training gazetteer and the confidence
/// calibration. Immutable and thread-safe once built.
/// </summary>
/// <remarks>
/// File format (little-endian): the 4 bytes <c>TNER</c>, an int32 format version, then (stored as it is from version 4;
/// a deflate (zlib) stream in versions 1–3):
/// the label names (int32 count, strings), the gazetteer (int32 longest name, int32 count, count × (uint64 name hash,
/// byte type mask)), the calibration (two float64), from version 2 the case lexicon (int32 count, count × uint64 word
/// hash), from version 3 the public name lists (int32 longest entry, int32 count, count × (uint64 entry hash, uint32
/// value); count 0 for none) and the word clusters (<see cref="NerClusters.Write"/>; count 0 for none), and for each pass: int32 bits, the transitions (IEEE half precision),
/// the number of buckets with weights, an (int32 bucket, int32 label mask) pair for each, the number of weights and the
/// weights (IEEE half precision, bucket after bucket, label after label).
/// </remarks>
internal sealed class NerModel
{
    private const uint Magic = 0x52454E54; // "TNER" read as a little-endian uint32.
    private const int FormatVersion = 4;

    /// <summary>Creates a model.</summary>
    public NerModel(NerWeights pass1, NerWeights pass2, NerGazetteer gazetteer, double calibrationScale, double calibrationBias, NerCaseLexicon? caseLexicon = null,
        NerLexicon? nameLists = null, NerClusters? clusters = null)
    {
        NameLists = nameLists;
        Clusters = clusters;
        CaseLexicon = caseLexicon;
        Pass1 = pass1 ?? throw new ArgumentNullException(nameof(pass1));
        Pass2 = pass2 ?? throw new ArgumentNullException(nameof(pass2));
        Gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
        CalibrationScale = calibrationScale;
        CalibrationBias = calibrationBias;
    }

    /// <summary>The weights of pass 1 (no document-label features).</summary>
    public NerWeights Pass1 { get; }

    /// <summary>The weights of pass 2 (with pass 1's labels as features).</summary>
    public NerWeights Pass2 { get; }

    /// <summary>The names of the training data.</summary>
    public NerGazetteer Gazetteer { get; }

    /// <summary>The words the training data mostly writes in lower case, to truecase title-case headlines; null in version 1 models.</summary>
    public NerCaseLexicon? CaseLexicon { get; }

    /// <summary>The public name lists matched as features; null in models before version 3 or trained without them.</summary>
    public NerLexicon? NameLists { get; }

    /// <summary>The word clusters used as features; null in models before version 3 or trained without them.</summary>
    public NerClusters? Clusters { get; }

    /// <summary>Confidence = logistic(scale × margin + bias), fitted on the development data.</summary>
    public double CalibrationScale { get; }

    /// <summary>See <see cref="CalibrationScale"/>.</summary>
    public double CalibrationBias { get; }

    /// <summary>Runs one pass over a document and returns the label of every token (for a document built in a <see cref="NerWorkspace"/>, in the workspace's array, which may be longer and is reused by its next document).</summary>
    /// <param name="doc">The document.</param>
    /// <param name="weights">The pass's weights.</param>
    /// <param name="pass1">For pass 2: pass 1's labels; null for pass 1.</param>
    /// <param name="margins">If not null, receives each token's margin: the score of the best sequence minus that of the best one giving the token another label.</param>
    public static int[] Run(NerDocument doc, NerWeights weights, int[]? pass1, float[]? margins)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(weights);
        const int L = NerLabels.Count;
        var w = doc.Workspace;
        var labels = w is null ? new int[doc.TokenCount] : pass1 is null ? w.Take(ref w.Labels1, doc.TokenCount) : w.Take(ref w.Labels2, doc.TokenCount);
        var evidence = pass1 is null ? null : NerPass1Evidence.Create(doc, pass1);
        int longest = 0;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            longest = Math.Max(longest, doc.SentenceStarts[s + 1] - doc.SentenceStarts[s]);
        }

        int[] ids = ArrayPool<int>.Shared.Rent(Math.Max(1, longest * NerFeatures.Stride));
        int[] counts = ArrayPool<int>.Shared.Rent(Math.Max(1, longest));
        float[] scores = ArrayPool<float>.Shared.Rent(Math.Max(1, longest * L));
        float[] marginals = ArrayPool<float>.Shared.Rent(Math.Max(1, longest * L));
        try
        {
            for (int s = 0; s < doc.SentenceCount; s++)
            {
                int start = doc.SentenceStarts[s];
                int n = doc.SentenceStarts[s + 1] - start;
                if (n == 0)
                {
                    continue;
                }

                NerFeatures.Extract(doc, s, weights.Bits, evidence, default, ids, counts);
                weights.Emissions(ids, counts, n, scores);
                var sentenceLabels = labels.AsSpan(start, n);
                NerDecoder.Viterbi(scores, weights.Transitions, n, sentenceLabels);
                if (margins is null)
                {
                    continue;
                }

                NerDecoder.MaxMarginals(scores, weights.Transitions, n, marginals);
                for (int i = 0; i < n; i++)
                {
                    var row = marginals.AsSpan(i * L, L);
                    float chosen = row[sentenceLabels[i]];
                    float other = float.NegativeInfinity;
                    for (int y = 0; y < L; y++)
                    {
                        if (y != sentenceLabels[i] && row[y] > other)
                        {
                            other = row[y];
                        }
                    }

                    margins[start + i] = chosen - other;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<float>.Shared.Return(scores);
            ArrayPool<float>.Shared.Return(marginals);
        }

        return labels;
    }

    /// <summary>Tags a document with both passes; returns the labels and fills <paramref name="margins"/> if given.</summary>
    public int[] Tag(NerDocument doc, float[]? margins)
    {
        var first = Run(doc, Pass1, null, null);
        return Run(doc, Pass2, first, margins);
    }

    /// <summary>The confidence of an entity whose smallest token margin is <paramref name="margin"/>.</summary>
    public double Confidence(float margin) => 1.0 / (1.0 + Math.Exp(-((CalibrationScale * margin) + CalibrationBias)));

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
        }

        // From format 4 the payload is stored as it is: most of it is hashes and half-precision weights, which deflate
        // shrank by only a quarter while inflating it was the largest part of loading a model with name lists.
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(NerLabels.Count);
        for (int y = 0; y < NerLabels.Count; y++)
        {
            w.Write(NerLabels.Name(y));
        }

        w.Write(Gazetteer.MaxLength);
        w.Write(Gazetteer.Count);
        foreach (var (hash, mask) in Gazetteer.Entries.OrderBy(e => e.Key))
        {
            w.Write(hash);
            w.Write(mask);
        }

        w.Write(CalibrationScale);
        w.Write(CalibrationBias);
        var lexicon = CaseLexicon?.LowerWords ?? [];
        w.Write(lexicon.Count);
        foreach (ulong hash in lexicon.Order())
        {
            w.Write(hash);
        }

        w.Write(NameLists?.MaxLength ?? 0);
        if (NameLists is null)
        {
            w.Write(0);
        }
        else
        {
            NameLists.Entries.Write(w);
        }

        (Clusters ?? new NerClusters([])).Write(w);
        WriteWeights(w, Pass1);
        WriteWeights(w, Pass2);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this format.</exception>
    public static NerModel Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (header.ReadUInt32() != Magic)
            {
                throw new InvalidDataException("Not a TextInsight entity model (the file does not start with TNER).");
            }

            int version = header.ReadInt32();
            if (version is < 1 or > FormatVersion)
            {
                throw new InvalidDataException($"Entity model format version {version} is not supported (this library reads versions 1 to {FormatVersion}).");
            }

            using var zip = version >= 4 ? null : new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
            // Not disposed: in format 4 that would close the caller's stream, and a read leaves nothing to flush.
            var buffered = new BufferedStream(zip ?? (Stream)stream, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            int labelCount = r.ReadInt32();
            if (labelCount != NerLabels.Count)
            {
                throw new InvalidDataException($"The model has {labelCount} labels; this library expects {NerLabels.Count}.");
            }

            for (int y = 0; y < labelCount; y++)
            {
                string name = r.ReadString();
                if (name != NerLabels.Name(y))
                {
                    throw new InvalidDataException($"The model's label {y} is '{name}'; this library expects '{NerLabels.Name(y)}'.");
                }
            }

            int maxLength = r.ReadInt32();
            int count = r.ReadInt32();
            var entries = new Dictionary<ulong, byte>(count);
            for (int i = 0; i < count; i++)
            {
                ulong hash = r.ReadUInt64();
                entries[hash] = r.ReadByte();
            }

            double scale = r.ReadDouble();
            double bias = r.ReadDouble();
            NerCaseLexicon? lexicon = null;
            if (version >= 2)
            {
                int words = r.ReadInt32();
                if (words < 0)
                {
                    throw new InvalidDataException("The entity model's case lexicon is corrupt.");
                }

                var lowerWords = new HashSet<ulong>(words);
                for (int i = 0; i < words; i++)
                {
                    lowerWords.Add(r.ReadUInt64());
                }

                lexicon = words > 0 ? new NerCaseLexicon(lowerWords) : null;
            }

            NerLexicon? nameLists = null;
            NerClusters? clusters = null;
            if (version >= 3)
            {
                int longest = r.ReadInt32();
                int names = r.ReadInt32();
                if (names < 0 || longest < 0 || longest > 64)
                {
                    throw new InvalidDataException("The entity model's name lists are corrupt.");
                }

                var nameEntries = FrozenHashTable<uint>.ReadEntries(r, names, int.MaxValue / 16);
                nameLists = names > 0 ? new NerLexicon(nameEntries, longest) : null;
                var read = NerClusters.Read(r);
                clusters = read.Count > 0 ? read : null;
            }

            var pass1 = ReadWeights(r);
            var pass2 = ReadWeights(r);
            return new NerModel(pass1, pass2, new NerGazetteer(entries, maxLength), scale, bias, lexicon, nameLists, clusters);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The entity model is truncated.", e);
        }
    }

    private static void WriteWeights(BinaryWriter w, NerWeights weights)
    {
        w.Write(weights.Bits);
        foreach (float t in weights.Transitions)
        {
            w.Write((Half)t);
        }

        const int L = NerLabels.Count;
        int used = 0;
        foreach (int row in weights.Rows)
        {
            used += row != 0 ? 1 : 0;
        }

        w.Write(used);
        var values = new List<Half>();
        for (int b = 0; b < weights.Rows.Length; b++)
        {
            int row = weights.Rows[b];
            if (row == 0)
            {
                continue;
            }

            int mask = 0;
            for (int y = 0; y < L; y++)
            {
                float v = weights.Table[(row * L) + y];
                if (v != 0)
                {
                    mask |= 1 << y;
                    values.Add((Half)v);
                }
            }

            w.Write(b);
            w.Write(mask);
        }

        w.Write(values.Count);
        w.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(values)));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static NerWeights ReadWeights(BinaryReader r)
    {
        const int L = NerLabels.Count;
        int bits = r.ReadInt32();
        if (bits is < 10 or > 24)
        {
            throw new InvalidDataException($"The entity model's table size 2^{bits} is out of range.");
        }

        var transitions = new float[NerWeights.TransitionLength];
        var halfTransitions = new Half[transitions.Length];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halfTransitions.AsSpan()));
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = (float)halfTransitions[i];
        }

        int rows = 1 << bits;
        int used = r.ReadInt32();
        if (used < 0 || used > rows)
        {
            throw new InvalidDataException("The entity model's weight table is corrupt.");
        }

        var pairs = GC.AllocateUninitializedArray<int>(used * 2);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(pairs.AsSpan()));
        int count = r.ReadInt32();
        if (count < 0 || count > used * L)
        {
            throw new InvalidDataException("The entity model's weight table is corrupt.");
        }

        var halves = GC.AllocateUninitializedArray<Half>(count);
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var rowOf = new int[rows];
        var table = new float[(used + 1) * L];
        int k = 0;
        for (int u = 0; u < used; u++)
        {
            int bucket = pairs[2 * u];
            uint mask = (uint)pairs[(2 * u) + 1];
            if ((uint)bucket >= (uint)rows || mask == 0 || mask >= 1u << L || rowOf[bucket] != 0)
            {
                throw new InvalidDataException("The entity model's weight table is corrupt.");
            }

            rowOf[bucket] = u + 1;
            var row = table.AsSpan((u + 1) * L, L);
            while (mask != 0)
            {
                if (k >= halves.Length)
                {
                    throw new InvalidDataException("The entity model's weight table is corrupt.");
                }

                row[BitOperations.TrailingZeroCount(mask)] = (float)halves[k++];
                mask &= mask - 1;
            }
        }

        if (k != count)
        {
            throw new InvalidDataException("The entity model's weight table is corrupt.");
        }

        return new NerWeights(bits, rowOf, table, transitions);
    }
}
