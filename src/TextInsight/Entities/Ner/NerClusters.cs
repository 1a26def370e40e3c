using System.IO.Compression;
using System.Text;

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

    private readonly Dictionary<ulong, ushort> _paths;

    /// <summary>Creates clusters from word hashes and paths.</summary>
    public NerClusters(Dictionary<ulong, ushort> paths)
    {
        _paths = paths ?? throw new ArgumentNullException(nameof(paths));
    }

    /// <summary>The number of words.</summary>
    public int Count => _paths.Count;

    /// <summary>The paths, for saving.</summary>
    public IReadOnlyDictionary<ulong, ushort> Paths => _paths;

    /// <summary>The path of a word plus 1 (so that 0 means an unknown word).</summary>
    public int PathOf(ulong word) => _paths.TryGetValue(word, out ushort p) ? p + 1 : 0;

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
        w.Write(_paths.Count);
        foreach (var (hash, path) in _paths.OrderBy(p => p.Key))
        {
            w.Write(hash);
            w.Write(path);
        }
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

        var paths = new Dictionary<ulong, ushort>(count);
        for (int i = 0; i < count; i++)
        {
            ulong hash = r.ReadUInt64();
            paths[hash] = r.ReadUInt16();
        }

        return new NerClusters(paths);
    }
}
