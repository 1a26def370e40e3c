namespace TextInsight.Structure;

/// <summary>
/// A set of short phrases looked up by span, ordinal, that answers most misses before hashing: a key whose length or
/// first character no phrase has is not in the set. Answers exactly as <see cref="HashSet{T}.Contains"/> with
/// <see cref="StringComparer.Ordinal"/> does. Immutable and thread-safe.
/// </summary>
internal sealed class PhraseSet
{
    private readonly HashSet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Bit k: some phrase has length k (bit 63: length 63 or more).
    private readonly ulong _lengths;

    // Bit c: some phrase starts with the ASCII character c (below 64, and 64 to 127).
    private readonly ulong _firstLow;
    private readonly ulong _firstHigh;
    private readonly bool _firstOther;

    public PhraseSet(IEnumerable<string> phrases)
    {
        _set = new HashSet<string>(phrases, StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string p in _set)
        {
            _lengths |= 1UL << Math.Min(p.Length, 63);
            if (p.Length == 0)
            {
                continue;
            }

            char c = p[0];
            if (c < 64)
            {
                _firstLow |= 1UL << c;
            }
            else if (c < 128)
            {
                _firstHigh |= 1UL << (c - 64);
            }
            else
            {
                _firstOther = true;
            }
        }
    }

    /// <summary>Whether <paramref name="key"/> is one of the phrases.</summary>
    public bool Contains(ReadOnlySpan<char> key)
    {
        if (((_lengths >> Math.Min(key.Length, 63)) & 1) == 0)
        {
            return false;
        }

        if (!key.IsEmpty && !MayStartWith(key[0]))
        {
            return false;
        }

        return _lookup.Contains(key);
    }

    /// <summary>False when no phrase starts with <paramref name="c"/> (true for any character outside ASCII when some phrase starts with one).</summary>
    public bool MayStartWith(char c) =>
        c < 64 ? ((_firstLow >> c) & 1) != 0 : c < 128 ? ((_firstHigh >> (c - 64)) & 1) != 0 : _firstOther;
}
