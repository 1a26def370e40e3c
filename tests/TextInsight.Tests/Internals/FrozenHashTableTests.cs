using TextInsight.Entities.Ner;
using TextInsight.Internals;

namespace TextInsight.Tests.Internals;

public sealed class FrozenHashTableTests
{
    [Fact]
    public void Every_entry_is_found_and_other_keys_are_not()
    {
        var random = new Random(5);
        var entries = new Dictionary<ulong, uint>();
        while (entries.Count < 5_000)
        {
            entries[(ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)] = (uint)random.Next();
        }

        // Sequential keys and key 0 too: they share slots' high bits, and 0 marks an empty slot inside the table.
        for (ulong k = 0; k < 300; k++)
        {
            entries[k] = (uint)k + 7;
        }

        var table = FrozenHashTable<uint>.Create(entries);

        Assert.Equal(entries.Count, table.Count);
        foreach (var (key, value) in entries)
        {
            Assert.True(table.TryGetValue(key, out uint found), $"key {key} not found");
            Assert.Equal(value, found);
        }

        for (int i = 0; i < 5_000; i++)
        {
            ulong other = (ulong)random.NextInt64() | (1UL << 63);
            Assert.Equal(entries.ContainsKey(other), table.ContainsKey(other));
        }
    }

    [Fact]
    public void A_table_of_uint_values_round_trips_through_its_binary_form_byte_for_byte()
    {
        var entries = new Dictionary<ulong, uint> { [0] = 1, [42] = 0, [ulong.MaxValue] = 0xDEADBEEF, [0x1234_5678_9ABC_DEF0] = 3 };
        var table = FrozenHashTable<uint>.Create(entries);

        byte[] first = Serialize(table.Write);
        var read = FrozenHashTable<uint>.Read(new BinaryReader(new MemoryStream(first)), 100);
        byte[] second = Serialize(read.Write);

        Assert.Equal(first, second);
        Assert.Equal(4 + (4 * 12), first.Length);
        Assert.Equal(entries.OrderBy(e => e.Key), read.ToSortedArray());
    }

    [Fact]
    public void The_binary_form_is_the_one_written_entry_by_entry_before_count_then_key_and_value_in_key_order()
    {
        var table = FrozenHashTable<ushort>.Create(new Dictionary<ulong, ushort> { [9] = 0x0201, [3] = 0x0605 });

        byte[] bytes = Serialize(table.Write);

        using var expected = new MemoryStream();
        using (var w = new BinaryWriter(expected))
        {
            w.Write(2);
            w.Write(3UL);
            w.Write((ushort)0x0605);
            w.Write(9UL);
            w.Write((ushort)0x0201);
        }

        Assert.Equal(expected.ToArray(), bytes);
    }

    [Fact]
    public void A_count_out_of_range_or_a_short_stream_is_an_error()
    {
        var table = FrozenHashTable<uint>.Create(new Dictionary<ulong, uint> { [1] = 1, [2] = 2 });
        byte[] bytes = Serialize(table.Write);

        Assert.Throws<InvalidDataException>(() => FrozenHashTable<uint>.Read(new BinaryReader(new MemoryStream(bytes)), 1));
        Assert.Throws<EndOfStreamException>(() => FrozenHashTable<uint>.Read(new BinaryReader(new MemoryStream(bytes[..^1])), 100));
    }

    [Fact]
    public void Word_clusters_keep_their_file_bytes_through_a_load_and_a_save()
    {
        var paths = new Dictionary<ulong, ushort>();
        for (int i = 0; i < 1_000; i++)
        {
            paths[TokenAtoms.Compute("word" + i).Word] = (ushort)(i % 4096);
        }

        var clusters = new NerClusters(paths);
        using var file = new MemoryStream();
        clusters.Save(file);
        var loaded = NerClusters.Load(new MemoryStream(file.ToArray()));
        using var again = new MemoryStream();
        loaded.Save(again);

        Assert.Equal(file.ToArray(), again.ToArray());
        Assert.Equal(paths[TokenAtoms.Compute("word17").Word] + 1, loaded.PathOf(TokenAtoms.Compute("word17").Word));
        Assert.Equal(0, loaded.PathOf(TokenAtoms.Compute("Word17").Word));
    }

    private static byte[] Serialize(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            write(w);
        }

        return stream.ToArray();
    }
}
