using System.IO.Compression;
using System.Text;
using TextInsight.Internals;

namespace TextInsight.Entities.Ner;

/// <summary>
/// Word clusters learned from unlabelled news (<see cref="NerClusterTrainer"/>): each frequent word, by its
/// <see cref="TokenAtoms.Word"/> hash (case kept), has a path of three levels in a cluster hierarchy
/// (level 1 in bits 8–11, level 2 in bits 4–7, level 3 in bits 0–3), so that its prefixes are coarser clusters, as Brown
/// cluster path prefixes are. Words that share a cluster occur in similar contexts, so a name the labelled data never
/// saw inherits what the tagger learned about its neighbours in the cluster.
/// </summary>
/// <remarks>
/// File format (<c>TCLU</c>, little-endian): the magic, an int32 format version (1), then a zlib stream of an int32
/// count and count × (uint64 word hash, uint16 path), in hash order. Only hashes are kept, no text.
/// </remarks>
internal sealed class NerClusters
{
    private const uint Magic = 0x554C4354; // "TCLU" read as a little-endian uint32.
    private const int FormatVersion = 1;

    private readonly FrozenHashTable<ushort> _paths;

    /// <summary>Creates clusters from word hashes and paths.</summary>
    public NerClusters(Dictionary<ulong, ushort> paths)
        : this(FrozenHashTable<ushort>.Create(paths ?? throw new ArgumentNullException(nameof(paths))))
    {
    }

    private NerClusters(FrozenHashTable<ushort> paths)
    {
        _paths = paths;
    }

    /// <summary>The number of words.</summary>
    public int Count => _paths.Count;

    /// <summary>The path of a word plus 1 (so that 0 means an unknown word).</summary>
    public int PathOf(ulong word) => _paths.TryGetValue(word, out ushort p) ? p + 1 : 0;

    /// <summary>
    /// The clusters with each word's path marked (bits 12–13) with how many of its deepest levels the labelled training
    /// data do not support: a prefix is supported when the training tokens of its words amount to at least
    /// <paramref name="minEffectiveWords"/> equally frequent words (the inverse Simpson index of the word counts,
    /// (Σn)²/Σn²), so that a prefix whose weights would be learned from one or two frequent words (a leaf of
    /// <c>Palestinian</c> and <c>Serb</c>, where <c>NHS</c> also falls) gives no feature, nor do the levels below it.
    /// </summary>
    /// <param name="documents">The labelled training documents (only their tokens are read).</param>
    /// <param name="minEffectiveWords">The least effective number of words a prefix needs.</param>
    /// <param name="backedOff">Receives how many words lost one, two and all three levels.</param>
    public NerClusters BackOffUnsupported(IEnumerable<IobDocument> documents, double minEffectiveWords, out int[] backedOff)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new Dictionary<ulong, long>();
        foreach (var doc in documents)
        {
            foreach (var sentence in doc.Sentences)
            {
                foreach (string token in sentence.Tokens)
                {
                    ulong word = TokenAtoms.Compute(token).Word;
                    if (_paths.ContainsKey(word))
                    {
                        counts[word] = counts.GetValueOrDefault(word) + 1;
                    }
                }
            }
        }

        // Σn and Σn² of each prefix, by level (1: path >> 8, 2: path >> 4, 3: the path).
        var sums = new Dictionary<(int Level, int Prefix), (double N, double N2)>();
        foreach (var (word, n) in counts)
        {
            _paths.TryGetValue(word, out ushort path);
            for (int level = 1; level <= 3; level++)
            {
                var key = (level, (path & 0xFFF) >> (4 * (3 - level)));
                var (a, b) = sums.GetValueOrDefault(key);
                sums[key] = (a + n, b + ((double)n * n));
            }
        }

        bool Supported(int level, int path)
        {
            var (a, b) = sums.GetValueOrDefault((level, (path & 0xFFF) >> (4 * (3 - level))));
            return b > 0 && a * a / b >= minEffectiveWords;
        }

        backedOff = new int[3];
        var entries = _paths.ToSortedArray();
        var keys = new ulong[entries.Length];
        var values = new ushort[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            int path = entries[i].Value & 0xFFF;
            int kept = 0;
            while (kept < 3 && Supported(kept + 1, path))
            {
                kept++;
            }

            int dropped = 3 - kept;
            if (dropped > 0)
            {
                backedOff[dropped - 1]++;
            }

            keys[i] = entries[i].Key;
            values[i] = (ushort)(path | (dropped << 12));
        }

        return new NerClusters(FrozenHashTable<ushort>.Create(keys, values));
    }

    /// <summary>Writes the clusters in their own file format.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using (var header = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            header.Write(Magic);
            header.Write(FormatVersion);
        }

        using var zip = new ZLibStream(stream, CompressionLevel.Optimal, leaveOpen: true);
        using var w = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        Write(w);
    }

    /// <summary>Reads clusters written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a cluster file.</exception>
    public static NerClusters Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (header.ReadUInt32() != Magic || header.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException("Not a TextInsight word-cluster file (the file does not start with TCLU, version 1).");
            }

            using var zip = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(new BufferedStream(zip, 1 << 16), Encoding.UTF8, leaveOpen: false);
            return Read(r);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The word-cluster file is truncated.", e);
        }
    }

    /// <summary>Writes the count and the entries (inside a model or a cluster file).</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        _paths.Write(w);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static NerClusters Read(BinaryReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        int count = r.ReadInt32();
        if (count is < 0 or > 10_000_000)
        {
            throw new InvalidDataException("The word-cluster table is corrupt.");
        }

        return new NerClusters(FrozenHashTable<ushort>.ReadEntries(r, count, 10_000_000));
    }
}
