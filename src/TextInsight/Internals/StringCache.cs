namespace TextInsight.Internals;

/// <summary>
/// The thread's strings for short keys seen in earlier documents (the summary's terms: lower-cased, stemmed words; the
/// linker's name keys; the key phrases' word and phrase keys), so that a document does not allocate a string for every
/// word or name it shares with them (they recur across news articles: a few thousand cover most tokens). Bounded: the
/// cache starts over once it holds <see cref="MaxTerms"/> strings.
/// </summary>
internal static class StringCache
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
