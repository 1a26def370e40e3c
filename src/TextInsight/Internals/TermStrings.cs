namespace TextInsight.Internals;

/// <summary>
/// The thread's strings for terms (lower-cased, stemmed words) seen in earlier documents, so that a document's term
/// vocabulary does not allocate a string for every word it shares with them (words recur across news articles: a few
/// thousand cover most tokens). Bounded: the cache starts over once it holds <see cref="MaxTerms"/> strings.
/// </summary>
internal static class TermStrings
{
    /// <summary>The most strings a thread keeps (about 2 MB at the length of common words).</summary>
    internal const int MaxTerms = 32_768;

    [ThreadStatic]
    private static HashSet<string>? t_strings;

    /// <summary>The string of <paramref name="term"/>: one already made for an equal term on this thread, or a new one.</summary>
    public static string Get(ReadOnlySpan<char> term)
    {
        var strings = t_strings ??= new HashSet<string>(StringComparer.Ordinal);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(term, out string? known))
        {
            return known;
        }

        if (strings.Count >= MaxTerms)
        {
            strings.Clear();
        }

        string s = term.ToString();
        strings.Add(s);
        return s;
    }
}
