using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace TextInsight.Internals;

/// <summary>
/// A read-only map from 64-bit hashes to small values, built once: open addressing with linear probing in two flat
/// arrays (no per-entry objects, no buckets of references), so that building it from a model file is one pass over the
/// entries and a lookup is a multiply, a mask and usually one probe. The keys are already hashes (of token sequences,
/// words), so their high bits are mixed once more only to spread sequential keys.
/// </summary>
/// <remarks>
/// The table is at most 70% full. Key 0 marks an empty slot; an entry whose key is 0 is kept apart. The binary form
/// (<see cref="Write"/>, <see cref="Read"/>) is the one the entity model and the word-cluster file have always used:
/// an int32 count, then count × (uint64 key, value) in key order, little-endian.
/// </remarks>
/// <typeparam name="TValue">The value type: <see cref="byte"/>, <see cref="ushort"/> or <see cref="uint"/>.</typeparam>
internal sealed class FrozenHashTable<TValue>
    where TValue : unmanaged
{
    private readonly ulong[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly bool _hasZero;
    private readonly TValue _zeroValue;

    private FrozenHashTable(ulong[] keys, TValue[] values, int count, bool hasZero, TValue zeroValue)
    {
        _keys = keys;
        _values = values;
        _mask = keys.Length - 1;
        Count = count;
        _hasZero = hasZero;
        _zeroValue = zeroValue;
    }

    /// <summary>The number of entries.</summary>
    public int Count { get; }

    /// <summary>Builds a table from parallel arrays of keys and values; a key given twice keeps its last value.</summary>
    public static FrozenHashTable<TValue> Create(ReadOnlySpan<ulong> keys, ReadOnlySpan<TValue> values)
    {
        if (keys.Length != values.Length)
        {
            throw new ArgumentException("As many keys as values are needed.", nameof(values));
        }

        var builder = new Builder(keys.Length);
        for (int i = 0; i < keys.Length; i++)
        {
            builder.Add(keys[i], values[i]);
        }

        return builder.ToTable();
    }

    /// <summary>Builds a table from a dictionary.</summary>
    public static FrozenHashTable<TValue> Create(IReadOnlyDictionary<ulong, TValue> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var keys = new ulong[entries.Count];
        var values = new TValue[entries.Count];
        int i = 0;
        foreach (var (key, value) in entries)
        {
            keys[i] = key;
            values[i++] = value;
        }

        return Create(keys, values);
    }

    /// <summary>Looks a key up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = _zeroValue;
            return _hasZero;
        }

        var keys = _keys;
        int slot = Slot(key, _mask);
        while (true)
        {
            ulong k = keys[slot];
            if (k == key)
            {
                value = _values[slot];
                return true;
            }

            if (k == 0)
            {
                value = default;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Whether the table holds a key.</summary>
    public bool ContainsKey(ulong key) => TryGetValue(key, out _);

    /// <summary>The entries in key order (for saving and for tests; allocates).</summary>
    public KeyValuePair<ulong, TValue>[] ToSortedArray()
    {
        var result = new KeyValuePair<ulong, TValue>[Count];
        int n = 0;
        if (_hasZero)
        {
            result[n++] = new(0, _zeroValue);
        }

        for (int i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                result[n++] = new(_keys[i], _values[i]);
            }
        }

        Array.Sort(result, static (a, b) => a.Key.CompareTo(b.Key));
        return result;
    }

    /// <summary>Writes the count and the entries in key order.</summary>
    public void Write(BinaryWriter w)
    {
        ArgumentNullException.ThrowIfNull(w);
        var sorted = ToSortedArray();
        w.Write(sorted.Length);
        Span<byte> buffer = stackalloc byte[8 + Unsafe.SizeOf<TValue>()];
        foreach (var (key, value) in sorted)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(buffer, key);
            WriteValue(buffer[8..], value);
            w.Write(buffer);
        }
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote in one read of all the entries' bytes (not entry by entry through the reader),
    /// then fills the table in one pass.
    /// </summary>
    /// <param name="r">The reader, at the count.</param>
    /// <param name="maxCount">The most entries a valid table may hold.</param>
    /// <exception cref="InvalidDataException">The count is out of range.</exception>
    /// <exception cref="EndOfStreamException">The stream ends early.</exception>
    public static FrozenHashTable<TValue> Read(BinaryReader r, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(r);
        int count = r.ReadInt32();
        return ReadEntries(r, count, maxCount);
    }

    /// <summary>Reads <paramref name="count"/> entries written by <see cref="Write"/> (after their count).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FrozenHashTable<TValue> ReadEntries(BinaryReader r, int count, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (count < 0 || count > maxCount)
        {
            throw new InvalidDataException("A hash table in the model is corrupt.");
        }

        int size = 8 + Unsafe.SizeOf<TValue>();
        var bytes = GC.AllocateUninitializedArray<byte>((int)Math.Min((long)count * size, 1 << 20));
        var builder = new Builder(count);
        int chunk = bytes.Length / size;
        for (int done = 0; done < count; done += chunk)
        {
            int n = Math.Min(chunk, count - done);
            var span = bytes.AsSpan(0, n * size);
            r.BaseStream.ReadExactly(span);
            for (int i = 0; i < n; i++)
            {
                var entry = span.Slice(i * size, size);
                builder.Add(BinaryPrimitives.ReadUInt64LittleEndian(entry), ReadValue(entry[8..]));
            }
        }

        return builder.ToTable();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    // Fills the arrays of a table of a known number of entries: a power of two of slots, at most 70% full (linear probing
    // stays short there, and a table of 322,000 list entries takes 512 Ki slots instead of 1 Mi).
    private struct Builder
    {
        private readonly ulong[] _keys;
        private readonly TValue[] _values;
        private readonly int _mask;
        private int _count;
        private bool _hasZero;
        private TValue _zeroValue;

        public Builder(int count)
        {
            int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, (int)Math.Ceiling(count / 0.7)));
            _keys = new ulong[capacity];
            _values = new TValue[capacity];
            _mask = capacity - 1;
        }

        public void Add(ulong key, TValue value)
        {
            if (key == 0)
            {
                _count += _hasZero ? 0 : 1;
                _hasZero = true;
                _zeroValue = value;
                return;
            }

            int slot = Slot(key, _mask);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _count += _keys[slot] == 0 ? 1 : 0;
            _keys[slot] = key;
            _values[slot] = value;
        }

        public readonly FrozenHashTable<TValue> ToTable() => new(_keys, _values, _count, _hasZero, _zeroValue);
    }

    private static TValue ReadValue(ReadOnlySpan<byte> bytes)
    {
        if (typeof(TValue) == typeof(byte))
        {
            byte b = bytes[0];
            return Unsafe.As<byte, TValue>(ref b);
        }

        if (typeof(TValue) == typeof(ushort))
        {
            ushort s = BinaryPrimitives.ReadUInt16LittleEndian(bytes);
            return Unsafe.As<ushort, TValue>(ref s);
        }

        if (typeof(TValue) == typeof(uint))
        {
            uint u = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            return Unsafe.As<uint, TValue>(ref u);
        }

        throw new NotSupportedException($"Values of type {typeof(TValue)} are not supported.");
    }

    private static void WriteValue(Span<byte> bytes, TValue value)
    {
        if (typeof(TValue) == typeof(byte))
        {
            bytes[0] = Unsafe.As<TValue, byte>(ref value);
        }
        else if (typeof(TValue) == typeof(ushort))
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes, Unsafe.As<TValue, ushort>(ref value));
        }
        else if (typeof(TValue) == typeof(uint))
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, Unsafe.As<TValue, uint>(ref value));
        }
        else
        {
            throw new NotSupportedException($"Values of type {typeof(TValue)} are not supported.");
        }
    }
}
