namespace TextInsight.Internals;

/// <summary>
/// Arrays that a thread keeps between documents, one per call site (each site holds its own <c>[ThreadStatic]</c>
/// field, so nested calls never share one). Unlike <see cref="System.Buffers.ArrayPool{T}.Shared"/> there is no rent,
/// return or trimming per call: on rendered web pages (hundreds of short lines, rows of 90 floats) the pool's
/// bookkeeping, its large-object-heap arrays and the trimming after each gen-2 collection cost more than the
/// structure features themselves. Arrays above <see cref="MaxKeptElements"/> are handed out but not kept.
/// </summary>
internal static class ThreadScratch
{
    /// <summary>The longest array a thread keeps (4 MB of floats); a longer request gets a new array each time.</summary>
    internal const int MaxKeptElements = 1 << 20;

    /// <summary>
    /// An array of at least <paramref name="length"/> elements: <paramref name="slot"/>'s when it is long enough, else a
    /// new one, which is kept in <paramref name="slot"/> unless it is over <see cref="MaxKeptElements"/>. The contents are
    /// whatever the last user left: callers write before they read.
    /// </summary>
    public static T[] Get<T>(ref T[]? slot, int length)
    {
        if (slot is { } kept && kept.Length >= length)
        {
            return kept;
        }

        if (length > MaxKeptElements)
        {
            return new T[length];
        }

        var fresh = new T[Math.Min(MaxKeptElements, Math.Max(length, Math.Max(256, (slot?.Length ?? 0) * 2)))];
        slot = fresh;
        return fresh;
    }
}
