namespace TextInsight.Internals;

/// <summary>
/// FNV-1a over UTF-16 code units: the same value in every process and on every platform (unlike
/// <see cref="string.GetHashCode()"/>), for fixed data splits and hashed lookups.
/// </summary>
internal static class Fnv1a
{
    /// <summary>The FNV-1a hash of <paramref name="text"/>.</summary>
    public static uint Hash(ReadOnlySpan<char> text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
