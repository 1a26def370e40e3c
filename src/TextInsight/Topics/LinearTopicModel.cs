using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using TextInsight.Entities.Ner;

namespace TextInsight.Topics;

/// <summary>
/// TextInsight's own topic model: hashed word n-grams weighted by (sublinear) TF-IDF and L2-normalized, times one weight
/// per feature and label (logistic regression, optionally blended with naive Bayes, see <see cref="LinearTopicTrainer"/>),
/// then a softmax. Immutable and thread-safe; scoring allocates nothing once a thread's scratch buffer has grown.
/// </summary>
/// <remarks>
/// File format (little-endian): the 4 bytes <c>TTOP</c>, an int32 format version, then a deflate (zlib) stream of:
/// the description (string), the feature settings (int32 word n-gram length, byte flags: 1 stop words removed, 2 stemmed,
/// 4 names ignored, 8 sublinear TF), the temperature (float64), the labels (int32 count, strings), the feature count,
/// the feature hashes in ascending order (uint64 each), the IDF weights (float32 each), the weights (float32, feature
/// after feature, label after label) and the biases (float32 per label).
/// </remarks>
internal sealed class LinearTopicModel : TopicScorer
{
    private const uint Magic = 0x504F5454; // "TTOP" read as a little-endian uint32.
    private const int FormatVersion = 1;

    /// <summary>Version 2 adds, after the flags, the lead word count (int32) and a byte: 1 when word clusters follow
    /// (<see cref="NerClusters.Write"/>); written only when there are lead words or clusters.</summary>
    private const int LeadFormatVersion = 2;

    [ThreadStatic]
    private static int[]? t_scratch;

    private readonly string[] _labels;
    private readonly ulong[] _features;
    private readonly float[] _idf;
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly ulong[] _tableKeys;
    private readonly int[] _tableValues;
    private readonly int _tableMask;

    /// <summary>Creates a model from its parts (the trainer's or the file's).</summary>
    public LinearTopicModel(string description, TopicFeatureSettings settings, bool sublinearTf, double temperature,
        string[] labels, ulong[] features, float[] idf, float[] weights, float[] bias, NerClusters? clusters = null)
    {
        if (idf.Length != features.Length || weights.Length != features.Length * labels.Length || bias.Length != labels.Length || temperature <= 0)
        {
            throw new InvalidDataException("The topic model's tables do not fit together; the model file is inconsistent.");
        }

        Description = description;
        Settings = settings;
        Clusters = clusters;
        SublinearTf = sublinearTf;
        Temperature = temperature;
        _labels = labels;
        _features = features;
        _idf = idf;
        _weights = weights;
        _bias = bias;

        // Open addressing at a load of at most one half: a lookup is one or two probes.
        var capacity = 16;
        while (capacity < features.Length * 2)
        {
            capacity *= 2;
        }

        _tableKeys = new ulong[capacity];
        _tableValues = new int[capacity];
        _tableMask = capacity - 1;
        for (var i = 0; i < features.Length; i++)
        {
            var slot = (int)features[i] & _tableMask;
            while (_tableKeys[slot] != 0)
            {
                slot = (slot + 1) & _tableMask;
            }

            _tableKeys[slot] = features[i];
            _tableValues[slot] = i;
        }
    }

    public override IReadOnlyList<string> Labels => _labels;

    public override string Description { get; }

    /// <summary>How words become features.</summary>
    public TopicFeatureSettings Settings { get; }

    /// <summary>Word clusters whose ids are features as well, or null.</summary>
    public NerClusters? Clusters { get; }

    /// <summary>Whether a feature's count n counts as 1 + ln n.</summary>
    public bool SublinearTf { get; }

    /// <summary>The scores are divided by this before the softmax.</summary>
    public double Temperature { get; }

    /// <summary>The same model with its scores divided by <paramref name="temperature"/> before the softmax (the
    /// tables are shared, not copied).</summary>
    public LinearTopicModel WithTemperature(double temperature) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Description} (temperature {temperature:F3})"),
            Settings, SublinearTf, temperature, _labels, _features, _idf, _weights, _bias, Clusters);

    /// <summary>The same model with <paramref name="offsets"/> added to its label scores after the temperature
    /// (a prior shift; folded into the biases, so the file format does not change).</summary>
    public LinearTopicModel WithOffsets(double[] offsets)
    {
        var bias = new float[_bias.Length];
        for (var c = 0; c < bias.Length; c++)
        {
            bias[c] = (float)(_bias[c] + (Temperature * offsets[c]));
        }

        return new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Description} (label offsets {string.Join(" ", offsets.Select(o => o.ToString("+0.00;-0.00", System.Globalization.CultureInfo.InvariantCulture)))})"),
            Settings, SublinearTf, Temperature, _labels, _features, _idf, _weights, bias, Clusters);
    }

    /// <summary>How many features the model knows.</summary>
    public int FeatureCount => _features.Length;

    /// <summary>Whether the bytes begin like a file of this format.</summary>
    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(bytes) == Magic;

    public override void Score(string text, Span<double> probabilities)
    {
        var labelCount = _labels.Length;
        if (probabilities.Length != labelCount)
        {
            throw new ArgumentException($"Expected room for {labelCount} probabilities.", nameof(probabilities));
        }

        var sink = new LookupSink(this, t_scratch ??= new int[1024]);
        TopicFeaturizer.Extract(text, Settings, Clusters, ref sink);
        t_scratch = sink.Buffer;
        var indices = sink.Buffer.AsSpan(0, sink.Count);
        indices.Sort();

        Span<double> z = probabilities;
        z.Clear();
        var norm = 0.0;
        var i = 0;
        while (i < indices.Length)
        {
            var feature = indices[i];
            var count = 1;
            while (i + count < indices.Length && indices[i + count] == feature)
            {
                count++;
            }

            i += count;
            var value = (SublinearTf ? 1 + Math.Log(count) : count) * _idf[feature];
            norm += value * value;
            var row = _weights.AsSpan(feature * labelCount, labelCount);
            for (var c = 0; c < labelCount; c++)
            {
                z[c] += value * row[c];
            }
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        for (var c = 0; c < labelCount; c++)
        {
            z[c] = ((z[c] * scale) + _bias[c]) / Temperature;
        }

        Softmax(z);
    }

    /// <summary>
    /// Which words and word pairs of <paramref name="text"/> push it from label <paramref name="from"/> towards label
    /// <paramref name="to"/> most: each known feature with its share of the difference of the two labels' scores
    /// (value after TF-IDF and normalization times the difference of its two weights), largest first. A diagnostic for
    /// reading errors (<c>evaluate topics --explain</c>); it allocates freely.
    /// </summary>
    internal IReadOnlyList<(string Feature, double Contribution)> Explain(string text, int from, int to, int top)
    {
        // The words as the featurizer keeps them, each with its hash, so that pairs can be named as well.
        var named = new Dictionary<ulong, string>();
        var previous = (Word: (string?)null, Hash: 0UL);
        var collect = new CollectSink { Hashes = [] };
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                collect.Hashes.Clear();
                TopicFeaturizer.Extract(word, Settings with { IgnoreNames = false, LeadWords = 0 }, ref collect);
                if (collect.Hashes.Count == 1)
                {
                    var hash = collect.Hashes[0];
                    var lower = word.ToLowerInvariant();
                    named.TryAdd(hash, lower);
                    if (previous.Word is not null && Settings.WordNgramLength >= 2)
                    {
                        collect.Hashes.Clear();
                        TopicFeaturizer.Extract(previous.Word + " " + lower, Settings with { IgnoreNames = false, LeadWords = 0 }, ref collect);
                        if (collect.Hashes.Count == 3)
                        {
                            named.TryAdd(collect.Hashes[2], previous.Word + " " + lower);
                        }
                    }

                    previous = (lower, hash);
                }

                start = -1;
            }
        }

        collect.Hashes.Clear();
        TopicFeaturizer.Extract(text, Settings, Clusters, ref collect);
        var counts = new Dictionary<int, int>();
        foreach (var hash in collect.Hashes)
        {
            var index = Find(hash);
            if (index >= 0)
            {
                counts[index] = counts.GetValueOrDefault(index) + 1;
            }
        }

        var norm = 0.0;
        foreach (var (index, count) in counts)
        {
            var value = (SublinearTf ? 1 + Math.Log(count) : count) * _idf[index];
            norm += value * value;
        }

        var scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        var labelCount = _labels.Length;
        var result = new List<(string, double)>();
        foreach (var (index, count) in counts)
        {
            var value = (SublinearTf ? 1 + Math.Log(count) : count) * _idf[index] * scale;
            var contribution = value * (_weights[(index * labelCount) + to] - _weights[(index * labelCount) + from]) / Temperature;
            result.Add((named.GetValueOrDefault(_features[index]) ?? $"#{_features[index]:x16}", contribution));
        }

        result.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return result.Count > top ? result[..top] : result;
    }

    private struct CollectSink : ITopicFeatureSink
    {
        public List<ulong> Hashes;

        public readonly void Add(ulong hash) => Hashes.Add(hash);
    }

    /// <summary>Turns scores into probabilities in place.</summary>
    internal static void Softmax(Span<double> z)
    {
        var max = double.NegativeInfinity;
        foreach (var v in z)
        {
            max = Math.Max(max, v);
        }

        var sum = 0.0;
        for (var c = 0; c < z.Length; c++)
        {
            z[c] = Math.Exp(z[c] - max);
            sum += z[c];
        }

        for (var c = 0; c < z.Length; c++)
        {
            z[c] /= sum;
        }
    }

    public override void Save(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(header, Magic);
        var extended = Settings.LeadWords > 0 || Clusters is not null;
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], extended ? LeadFormatVersion : FormatVersion);
        stream.Write(header);
        using var zlib = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zlib, Encoding.UTF8, leaveOpen: true);
        writer.Write(Description);
        writer.Write(Settings.WordNgramLength);
        var flags = (Settings.RemoveStopWords ? 1 : 0) | (Settings.Stem ? 2 : 0) | (Settings.IgnoreNames ? 4 : 0) | (SublinearTf ? 8 : 0);
        writer.Write((byte)flags);
        if (extended)
        {
            writer.Write(Settings.LeadWords);
            writer.Write((byte)(Clusters is null ? 0 : 1));
            Clusters?.Write(writer);
        }

        writer.Write(Temperature);
        writer.Write(_labels.Length);
        foreach (var label in _labels)
        {
            writer.Write(label);
        }

        writer.Write(_features.Length);
        foreach (var feature in _features)
        {
            writer.Write(feature);
        }

        foreach (var idf in _idf)
        {
            writer.Write(idf);
        }

        foreach (var weight in _weights)
        {
            writer.Write(weight);
        }

        foreach (var bias in _bias)
        {
            writer.Write(bias);
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static LinearTopicModel Load(Stream stream)
    {
        Span<byte> header = stackalloc byte[8];
        stream.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            throw new InvalidDataException("This is not a TextInsight topic model.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (version is not (FormatVersion or LeadFormatVersion))
        {
            throw new InvalidDataException($"Unsupported topic model format version {version}; this version of TextInsight reads versions {FormatVersion} and {LeadFormatVersion}.");
        }

        try
        {
            using var zlib = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(zlib, Encoding.UTF8, leaveOpen: true);
            var description = reader.ReadString();
            var ngrams = reader.ReadInt32();
            var flags = reader.ReadByte();
            var leadWords = version == LeadFormatVersion ? CheckCount(reader.ReadInt32(), 1 << 20) : 0;
            var clusters = version == LeadFormatVersion && reader.ReadByte() == 1 ? NerClusters.Read(reader) : null;
            var temperature = reader.ReadDouble();
            var labels = new string[CheckCount(reader.ReadInt32(), 1 << 16)];
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = reader.ReadString();
            }

            var count = CheckCount(reader.ReadInt32(), 1 << 26);
            var features = new ulong[count];
            for (var i = 0; i < count; i++)
            {
                features[i] = reader.ReadUInt64();
                if (features[i] == 0 || (i > 0 && features[i] <= features[i - 1]))
                {
                    throw new InvalidDataException("The feature hashes are not in ascending order.");
                }
            }

            var idf = ReadFloats(reader, count);
            var weights = ReadFloats(reader, checked(count * labels.Length));
            var bias = ReadFloats(reader, labels.Length);
            var settings = new TopicFeatureSettings(ngrams, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, leadWords);
            return new LinearTopicModel(description, settings, (flags & 8) != 0, temperature, labels, features, idf, weights, bias, clusters);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The topic model file is cut short.", e);
        }
    }

    private static int CheckCount(int count, int max) =>
        count is >= 0 && count <= max ? count : throw new InvalidDataException($"The topic model file holds an impossible count ({count}).");

    private static float[] ReadFloats(BinaryReader reader, int count)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = reader.ReadSingle();
            if (!float.IsFinite(values[i]))
            {
                throw new InvalidDataException("The topic model file holds a weight that is not a finite number.");
            }
        }

        return values;
    }

    /// <summary>The index of a feature, or -1.</summary>
    private int Find(ulong hash)
    {
        var slot = (int)hash & _tableMask;
        while (true)
        {
            var key = _tableKeys[slot];
            if (key == hash)
            {
                return _tableValues[slot];
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _tableMask;
        }
    }

    private struct LookupSink(LinearTopicModel model, int[] buffer) : ITopicFeatureSink
    {
        public int[] Buffer = buffer;
        public int Count;

        public void Add(ulong hash)
        {
            var index = model.Find(hash);
            if (index < 0)
            {
                return;
            }

            if (Count == Buffer.Length)
            {
                Array.Resize(ref Buffer, Buffer.Length * 2);
            }

            Buffer[Count++] = index;
        }
    }
}
