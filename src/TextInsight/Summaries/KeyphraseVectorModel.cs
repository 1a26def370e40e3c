using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Word vectors of the key phrase extractor's key words (lower-case, light-stemmed), learned from background news by
/// <see cref="KeyphraseModelTrainer.TrainVectors"/> (positive PMI of key words within a few words of each other,
/// randomly projected, unit length), stored as signed bytes. The extractor compares a phrase's meaning with its
/// document's (EmbedRank's idea). Built by <c>textinsight train keyphrases --vectors-out</c>; the built-in one is
/// <c>Models/keyphrase-vectors-news-v1.bin</c>. Immutable and thread-safe.
/// </summary>
internal sealed class KeyphraseVectorModel
{
    private const string Magic = "textinsight-keyphrase-vectors 1";
    private const string Resource = "TextInsight.Models.keyphrase-vectors-news-v1.bin";

    private static readonly Lazy<KeyphraseVectorModel> DefaultLazy = new(LoadDefault);

    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly string[] _words;
    private readonly sbyte[] _values;
    private readonly float[] _scale;

    /// <summary>Creates a model from words and their vectors (row i of <paramref name="values"/>, <paramref name="dimensions"/> wide, is word i's).</summary>
    public KeyphraseVectorModel(int dimensions, string[] words, sbyte[] values)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != words.Length * dimensions)
        {
            throw new ArgumentException("One row of values per word.", nameof(values));
        }

        Dimensions = dimensions;
        _words = words;
        _values = values;
        _index = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        _scale = new float[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            _index[words[i]] = i;
            double norm = 0;
            foreach (sbyte v in values.AsSpan(i * dimensions, dimensions))
            {
                norm += v * v;
            }

            _scale[i] = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0;
        }

        _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The built-in model, loaded once.</summary>
    public static KeyphraseVectorModel Default => DefaultLazy.Value;

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>How many words have a vector.</summary>
    public int Words => _words.Length;

    /// <summary>Whether a key word has a vector.</summary>
    public bool Contains(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);

    /// <summary>Adds <paramref name="weight"/> times a key word's unit vector to <paramref name="sum"/>; false (and nothing
    /// added) for a word without a vector.</summary>
    public bool Add(ReadOnlySpan<char> key, float weight, Span<float> sum)
    {
        if (!_lookup.TryGetValue(key, out int i))
        {
            return false;
        }

        float s = weight * _scale[i];
        var row = _values.AsSpan(i * Dimensions, Dimensions);
        sum = sum[..Dimensions];
        for (int d = 0; d < row.Length; d++)
        {
            sum[d] += s * row[d];
        }

        return true;
    }

    /// <summary>The cosine of two vectors (0 when either is zero).</summary>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, na = 0, nb = 0;
        for (int d = 0; d < a.Length; d++)
        {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }

        return na > 0 && nb > 0 ? dot / Math.Sqrt(na * nb) : 0;
    }

    /// <summary>The cosine of two key words' vectors; null when either has none.</summary>
    public double? Similarity(string a, string b)
    {
        if (!_index.TryGetValue(a, out int i) || !_index.TryGetValue(b, out int j))
        {
            return null;
        }

        double dot = 0;
        var x = _values.AsSpan(i * Dimensions, Dimensions);
        var y = _values.AsSpan(j * Dimensions, Dimensions);
        for (int d = 0; d < x.Length; d++)
        {
            dot += x[d] * y[d];
        }

        return dot * _scale[i] * _scale[j];
    }

    /// <summary>The <paramref name="count"/> words nearest to a word (for the trainer's log), best first.</summary>
    public IReadOnlyList<(string Word, double Cosine)> Nearest(string word, int count)
    {
        if (!_index.ContainsKey(word))
        {
            return [];
        }

        var all = new List<(string, double)>(_words.Length);
        foreach (string other in _words)
        {
            if (other != word)
            {
                all.Add((other, Similarity(word, other)!.Value));
            }
        }

        all.Sort(static (a, b) => b.Item2.CompareTo(a.Item2) is var c && c != 0 ? c : string.CompareOrdinal(a.Item1, b.Item1));
        return all.Take(count).ToList();
    }

    /// <summary>Writes the model (gzip-compressed; words in the order given, so that the same vectors give the same bytes).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, new UTF8Encoding(false));
        writer.Write(Magic);
        writer.Write(Dimensions);
        writer.Write(_words.Length);
        foreach (string w in _words)
        {
            writer.Write(w);
        }

        writer.Write(MemoryMarshal.AsBytes(_values.AsSpan()));
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a model.</exception>
    public static KeyphraseVectorModel Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var reader = new BinaryReader(gzip, Encoding.UTF8);
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException($"{name}: not a TextInsight key phrase vector model.");
            }

            int dimensions = reader.ReadInt32();
            int count = reader.ReadInt32();
            if (dimensions <= 0 || dimensions > 4096 || count < 0 || count > 10_000_000)
            {
                throw new InvalidDataException($"{name}: bad sizes.");
            }

            var words = new string[count];
            for (int i = 0; i < count; i++)
            {
                words[i] = reader.ReadString();
            }

            var values = new sbyte[count * dimensions];
            var bytes = MemoryMarshal.AsBytes(values.AsSpan());
            int read = 0;
            while (read < bytes.Length)
            {
                int n = reader.Read(bytes[read..]);
                if (n == 0)
                {
                    throw new InvalidDataException($"{name}: truncated.");
                }

                read += n;
            }

            return new KeyphraseVectorModel(dimensions, words, values);
        }
        catch (InvalidDataException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"{name}: not a TextInsight key phrase vector model ({e.Message}).", e);
        }
    }

    private static KeyphraseVectorModel LoadDefault()
    {
        using var stream = typeof(KeyphraseVectorModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in key phrase vector model ({Resource}) is missing from the assembly.");
        return Load(stream, Resource);
    }
}
