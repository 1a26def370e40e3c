namespace TextInsight.Entities.Rules;

/// <summary>Words compared without case, looked up by span (no string per lookup).</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet()
    {
        _words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A set of the words of a list from <see cref="Internals.WordLists"/>, compared as its comparer says.</summary>
    public WordSet(HashSet<string> words)
    {
        _words = words;
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public void Add(ReadOnlySpan<char> word) => _lookup.Add(word);
}
