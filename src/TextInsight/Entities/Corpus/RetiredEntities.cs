using System.Text;

namespace TextInsight.Entities.Corpus;

/// <summary>
/// The corpus entities the resolver no longer matches against (retired: named in one document long ago), kept only as
/// what <see cref="CorpusEntityResolver.GetEntities"/> and <see cref="CorpusEntityResolver.Find"/> give back: name, type,
/// aliases and counts, packed as UTF-8 in chunks of 64 KB, about 30 bytes an entity instead of some 500 held live.
/// </summary>
internal sealed class RetiredEntities
{
    private const int ChunkSize = 1 << 16;
    private readonly List<byte[]> _chunks = [];
    private readonly List<int> _offsets = [];
    private int _used = ChunkSize;

    /// <summary>How many entities were retired.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes its chunks and offsets take.</summary>
    public long Bytes => ((long)_chunks.Count * ChunkSize) + (4L * _offsets.Capacity);

    /// <summary>Packs an entity; its id must not have been packed before.</summary>
    public void Add(CorpusEntity entity)
    {
        var buffer = new List<byte>(64) { (byte)entity.Type };
        WriteNumber(buffer, entity.Documents);
        WriteNumber(buffer, entity.Mentions);
        WriteNumber(buffer, entity.Aliases.Count);
        WriteText(buffer, entity.Name);
        foreach (string alias in entity.Aliases)
        {
            WriteText(buffer, alias);
        }

        if (buffer.Count > ChunkSize)
        {
            // Never for a name and 16 aliases of sane length: keep the name alone.
            buffer.RemoveRange(0, buffer.Count);
            buffer.Add((byte)entity.Type);
            WriteNumber(buffer, entity.Documents);
            WriteNumber(buffer, entity.Mentions);
            WriteNumber(buffer, 0);
            WriteText(buffer, entity.Name.Length > 1000 ? entity.Name[..1000] : entity.Name);
        }

        if (_used + buffer.Count > ChunkSize)
        {
            _chunks.Add(new byte[ChunkSize]);
            _used = 0;
        }

        while (_offsets.Count < entity.Id)
        {
            _offsets.Add(-1);
        }

        _offsets[entity.Id - 1] = ((_chunks.Count - 1) * ChunkSize) + _used;
        buffer.CopyTo(_chunks[^1].AsSpan(_used));
        _used += buffer.Count;
        Count++;
    }

    /// <summary>The retired entity of an id, or null when that id was not retired.</summary>
    public CorpusEntity? Find(int id)
    {
        if (id < 1 || id > _offsets.Count || _offsets[id - 1] < 0)
        {
            return null;
        }

        int offset = _offsets[id - 1];
        var chunk = _chunks[offset / ChunkSize];
        int at = offset % ChunkSize;
        var type = (EntityType)chunk[at++];
        int documents = ReadNumber(chunk, ref at);
        int mentions = ReadNumber(chunk, ref at);
        int aliasCount = ReadNumber(chunk, ref at);
        string name = ReadText(chunk, ref at);
        var aliases = new string[aliasCount];
        for (int i = 0; i < aliasCount; i++)
        {
            aliases[i] = ReadText(chunk, ref at);
        }

        return new CorpusEntity { Id = id, Name = name, Type = type, Aliases = aliases, Documents = documents, Mentions = mentions };
    }

    private static void WriteNumber(List<byte> buffer, int value)
    {
        uint v = (uint)value;
        while (v >= 0x80)
        {
            buffer.Add((byte)(v | 0x80));
            v >>= 7;
        }

        buffer.Add((byte)v);
    }

    private static int ReadNumber(byte[] chunk, ref int at)
    {
        uint value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = chunk[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }
    }

    private static void WriteText(List<byte> buffer, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        WriteNumber(buffer, bytes.Length);
        buffer.AddRange(bytes);
    }

    private static string ReadText(byte[] chunk, ref int at)
    {
        int length = ReadNumber(chunk, ref at);
        string text = Encoding.UTF8.GetString(chunk, at, length);
        at += length;
        return text;
    }
}
