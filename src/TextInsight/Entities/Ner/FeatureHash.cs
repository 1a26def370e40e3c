using System.Runtime.CompilerServices;

namespace TextInsight.Entities.Ner;

/// <summary>64-bit hashing of token pieces and of feature templates (FNV-1a over characters, MurmurHash3's finalizer to mix).</summary>
internal static class FeatureHash
{
    /// <summary>The empty hash.</summary>
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>Adds one character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char c) => (hash ^ c) * Prime;

    /// <summary>Hashes a string.</summary>
    public static ulong Of(ReadOnlySpan<char> s)
    {
        ulong h = Seed;
        foreach (char c in s)
        {
            h = Add(h, c);
        }

        return Mix(h);
    }

    /// <summary>Mixes the bits of a hash (MurmurHash3 fmix64).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    /// <summary>Combines two hashes, order-sensitively.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL));
}
