namespace TextInsight.Entities.Numeric;

/// <summary>Word comparisons on atoms.</summary>
internal static class AtomText
{
    public static ReadOnlySpan<char> Of(string text, in NumberAtom a) => text.AsSpan(a.Start, a.Length);

    public static bool Is(string text, ReadOnlySpan<NumberAtom> atoms, int k, string word)
        => k < atoms.Length && Of(text, atoms[k]).Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsPunctuation(string text, ReadOnlySpan<NumberAtom> atoms, int k, char c)
        => k < atoms.Length && atoms[k].Kind == NumberAtomKind.Punctuation && atoms[k].Length == 1 && text[atoms[k].Start] == c;

    /// <summary>A dash, en dash or "to" between the two sides of a range.</summary>
    public static bool IsRangeJoiner(string text, ReadOnlySpan<NumberAtom> atoms, int k)
        => k < atoms.Length && (atoms[k].Kind is NumberAtomKind.Dash or NumberAtomKind.RangeDash || Is(text, atoms, k, "to"));

    /// <summary>A simple number the lower side of a range can be: digits or one number word.</summary>
    public static bool IsSimpleNumber(in NumberAtom a)
        => (a.Kind == NumberAtomKind.Digits && !a.Blocked) || a.Kind is NumberAtomKind.Unit or NumberAtomKind.Teen or NumberAtomKind.Tens;
}
