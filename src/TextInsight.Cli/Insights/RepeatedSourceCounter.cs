namespace TextInsight.Cli.Insights;

/// <summary>
/// Counts the documents whose source an earlier document of the run already had, for the outputs keyed by source
/// (DuckDB, Parquet). It keeps a 64-bit hash per source, not the string: 8 bytes of key per document (about 10 MB with
/// the set's overhead for 466,000 documents, against about 40 MB for the strings); two different sources share a hash
/// with odds of about 1 in 10^8 for such a run, which would only add one to the warning's count.
/// </summary>
internal sealed class RepeatedSourceCounter
{
    private readonly HashSet<ulong> _seen = [];

    /// <summary>How many sources were seen before.</summary>
    public int Repeated { get; private set; }

    /// <summary>Notes a document's source.</summary>
    public void Add(string source)
    {
        if (!_seen.Add(Hash(source)))
        {
            Repeated++;
        }
    }

    // FNV-1a over the UTF-16 code units, 64 bits.
    internal static ulong Hash(ReadOnlySpan<char> source)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in source)
        {
            hash = (hash ^ (byte)c) * 1099511628211UL;
            hash = (hash ^ (byte)(c >> 8)) * 1099511628211UL;
        }

        return hash;
    }
}
