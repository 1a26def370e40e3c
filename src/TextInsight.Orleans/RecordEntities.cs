using System.Buffers;
using System.Text;
using System.Text.Unicode;
using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;

namespace TextInsight.Orleans;

/// <summary>
/// What the coordinator's corpus resolver reads of one record, computed by the silo that wrote the record and sent
/// with it in a compact form: each <c>entitySummary</c> item's document entity with its name already read as a
/// person's and keyed, the offset in the record's JSON where its <c>corpusId</c> goes, and the record's first topic.
/// The coordinator, the serial part of a cluster run, then only resolves and splices: it neither reads the record's
/// JSON nor parses names (the silos, many and parallel, do that once per record).
/// </summary>
/// <remarks>
/// <para>
/// One byte array rather than Orleans types: the coordinator decodes it on its one ordered thread, where a type per
/// item cost about as much to deserialize as it saved (about 30 µs a BBC article). The format, all integers unsigned
/// LEB128: a version byte (<see cref="Version"/>); the topic (string or null); the item count; per item the offset
/// after its <c>id</c> (from the previous item's), its type, mentions, a flags byte, the gender plus one with the
/// relation (<see cref="PersonRelation"/>) in the bits above the lowest two (version 2), then the
/// strings name, key, surname (unless it is the key), full key and inner key (when present and not the key), title
/// (when present), and the aliases, counted. A string is its UTF-8 length then its bytes; a string or null is its
/// length plus one, 0 for null.
/// </para>
/// <para>
/// A record whose strings are not valid UTF-16 (a lone surrogate, which UTF-8 cannot carry) gets none: the coordinator
/// reads such a record's JSON itself, as it does for a silo of an earlier version, whose answers carry none, or of a
/// later one, whose version it does not know.
/// </para>
/// </remarks>
internal static class RecordEntities
{
    /// <summary>The version of the format, its first byte.</summary>
    internal const byte Version = 2;

    private const int HasTitle = 1;
    private const int FirstNameOnly = 2;
    private const int SurnameIsKey = 4;
    private const int HasFullKey = 8;
    private const int FullKeyIsKey = 16;
    private const int HasInnerKey = 32;
    private const int HasTitleWord = 64;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>
    /// The document entities of a record as <see cref="CorpusEntityResolver.Resolve(AnalysisRecord)"/> reads them, with
    /// where each item's corpus id goes in the record's JSON, encoded; empty when the JSON's items cannot be matched to
    /// the record's or a string cannot be carried.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="json">The record as <see cref="AnalysisJson"/> wrote it, without corpus ids.</param>
    public static byte[] Encode(AnalysisRecord record, ReadOnlySpan<byte> json)
    {
        var entities = CorpusEntityResolver.DocumentEntities(record);
        var idEnds = new List<int>(entities.Length);
        RecordEntityReader.Read(json, null, idEnds);
        if (idEnds.Count != entities.Length)
        {
            return [];
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        WriteByte(buffer, Version);
        if (!WriteStringOrNull(buffer, CorpusEntityResolver.TopicOf(record)))
        {
            return [];
        }

        WriteNumber(buffer, entities.Length);
        int previous = 0;
        for (int i = 0; i < entities.Length; i++)
        {
            var e = entities[i];
            var person = e.Person;
            bool surnameIsKey = string.Equals(person.Surname, e.Key, StringComparison.Ordinal);
            bool fullKeyIsKey = string.Equals(person.FullKey, e.Key, StringComparison.Ordinal);
            int flags = (person.HasTitle ? HasTitle : 0) | (person.FirstNameOnly ? FirstNameOnly : 0) | (surnameIsKey ? SurnameIsKey : 0)
                | (person.FullKey is not null ? HasFullKey : 0) | (fullKeyIsKey ? FullKeyIsKey : 0)
                | (person.InnerKey is not null ? HasInnerKey : 0) | (e.Title is not null ? HasTitleWord : 0);
            WriteNumber(buffer, idEnds[i] - previous);
            previous = idEnds[i];
            WriteNumber(buffer, (int)e.Type);
            WriteNumber(buffer, e.Mentions);
            WriteByte(buffer, (byte)flags);
            WriteByte(buffer, (byte)((person.Gender + 1) | ((int)e.Relation << 2)));
            bool carried = WriteString(buffer, e.Name) && WriteString(buffer, e.Key)
                && (surnameIsKey || WriteString(buffer, person.Surname))
                && (person.FullKey is null || fullKeyIsKey || WriteString(buffer, person.FullKey))
                && (person.InnerKey is null || WriteString(buffer, person.InnerKey))
                && (e.Title is null || WriteString(buffer, e.Title));
            WriteNumber(buffer, e.Aliases.Count);
            foreach (string alias in e.Aliases)
            {
                carried &= WriteString(buffer, alias);
            }

            if (!carried)
            {
                return [];
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads encoded entities: the resolver's document entities, and where each one's corpus id goes in the record's
    /// JSON; false when the version is not this one (the record's JSON must then be read).
    /// </summary>
    /// <param name="encoded">What <see cref="Encode"/> wrote.</param>
    /// <param name="jsonLength">The length of the record's JSON, which every offset must fall inside.</param>
    /// <param name="idEnds">Gets the offsets, in order.</param>
    /// <param name="entities">The document entities.</param>
    /// <param name="topic">The record's first topic label, or null.</param>
    /// <exception cref="InvalidDataException">The bytes are cut short, or the offsets do not rise inside the record.</exception>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, int jsonLength, List<int> idEnds, out CorpusEntityResolver.DocumentEntity[] entities, out string? topic)
    {
        entities = [];
        topic = null;
        if (encoded.IsEmpty || encoded[0] != Version)
        {
            return false;
        }

        var reader = new Reader(encoded[1..]);
        topic = reader.StringOrNull();
        int count = reader.Number();
        if (count > encoded.Length)
        {
            throw Invalid();
        }

        entities = new CorpusEntityResolver.DocumentEntity[count];
        int idEnd = 0;
        for (int i = 0; i < count; i++)
        {
            int step = reader.Number();
            idEnd += step;
            if (step == 0 || idEnd >= jsonLength)
            {
                throw Invalid();
            }

            idEnds.Add(idEnd);
            int type = reader.Number();
            if (!Enum.IsDefined((EntityType)type))
            {
                throw Invalid();
            }

            int mentions = reader.Number();
            int flags = reader.Byte();
            int genderAndRelation = reader.Byte();
            int gender = (genderAndRelation & 3) - 1;
            var relation = (PersonRelation)(genderAndRelation >> 2);
            if (gender > 1 || !Enum.IsDefined(relation))
            {
                throw Invalid();
            }

            string name = reader.String();
            string key = reader.String();
            string surname = (flags & SurnameIsKey) != 0 ? key : reader.String();
            string? fullKey = (flags & HasFullKey) == 0 ? null : (flags & FullKeyIsKey) != 0 ? key : reader.String();
            string? innerKey = (flags & HasInnerKey) != 0 ? reader.String() : null;
            string? title = (flags & HasTitleWord) != 0 ? reader.String() : null;
            int aliasCount = reader.Number();
            if (aliasCount > encoded.Length)
            {
                throw Invalid();
            }

            var aliases = aliasCount == 0 ? [] : new string[aliasCount];
            for (int a = 0; a < aliases.Length; a++)
            {
                aliases[a] = reader.String();
            }

            var person = new PersonName((flags & HasTitle) != 0, fullKey, surname, innerKey, gender, (flags & FirstNameOnly) != 0);
            entities[i] = new CorpusEntityResolver.DocumentEntity(name, (EntityType)type, aliases, mentions, title, person, key, relation);
        }

        if (!reader.AtEnd)
        {
            throw Invalid();
        }

        return true;
    }

    private static InvalidDataException Invalid() => new("The corpus entities a silo sent with a record do not fit it.");

    private static void WriteByte(ArrayBufferWriter<byte> buffer, byte value)
    {
        buffer.GetSpan(1)[0] = value;
        buffer.Advance(1);
    }

    private static void WriteNumber(ArrayBufferWriter<byte> buffer, int value) => buffer.Advance(WriteNumber(buffer.GetSpan(5), (uint)value));

    /// <summary>Writes an unsigned LEB128 number (at most 5 bytes) at the start of <paramref name="span"/>; returns its length.</summary>
    private static int WriteNumber(Span<byte> span, uint value)
    {
        int n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        return n;
    }

    /// <summary>Writes a string; false when it is not valid UTF-16.</summary>
    private static bool WriteString(ArrayBufferWriter<byte> buffer, string value) => WriteText(buffer, value, 0);

    private static bool WriteStringOrNull(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            WriteNumber(buffer, 0);
            return true;
        }

        return WriteText(buffer, value, 1);
    }

    private static bool WriteText(ArrayBufferWriter<byte> buffer, string value, int lengthBias)
    {
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        var span = buffer.GetSpan(max + 5);
        if (Utf8.FromUtf16(value, span[5..], out _, out int written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        // The length goes before the bytes: written after them, then the bytes moved up to meet it.
        Span<byte> length = stackalloc byte[5];
        int n = WriteNumber(length, (uint)(written + lengthBias));
        span.Slice(5, written).CopyTo(span[n..]);
        length[..n].CopyTo(span);
        buffer.Advance(n + written);
        return true;
    }

    /// <summary>Reads the encoded form, throwing <see cref="InvalidDataException"/> when it is cut short.</summary>
    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly bool AtEnd => _at == _data.Length;

        public int Byte() => _at < _data.Length ? _data[_at++] : throw Invalid();

        public int Number()
        {
            uint value = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                int b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value <= int.MaxValue ? (int)value : throw Invalid();
                }
            }

            throw Invalid();
        }

        public string String() => Text(Number());

        public string? StringOrNull()
        {
            int length = Number();
            return length == 0 ? null : Text(length - 1);
        }

        private string Text(int length)
        {
            if (length > _data.Length - _at)
            {
                throw Invalid();
            }

            string text = length == 0 ? string.Empty : Encoding.UTF8.GetString(_data.Slice(_at, length));
            _at += length;
            return text;
        }
    }
}
