namespace TextInsight.Entities.Numeric;

/// <summary>
/// One piece of a tokenized segment as the numeric recognizers see it: a token, or part of a hyphenated word
/// (<c>twenty-one</c> gives two atoms), with its meaning for numbers.
/// </summary>
internal struct NumberAtom
{
    public int Start;
    public int End;
    public NumberAtomKind Kind;
    public decimal Value;

    /// <summary>White space separates this atom from the previous one.</summary>
    public bool GapBefore;

    /// <summary>A hyphen inside the same word joins this atom to the previous one.</summary>
    public bool HyphenBefore;

    /// <summary>Plural form (fifths, dozens).</summary>
    public bool Plural;

    /// <summary>An abbreviated scale (k, M, bn) that may follow digits directly.</summary>
    public bool Suffix;

    /// <summary>A scale abbreviation that means a scale only after a currency (<c>$5m</c>), not in plain numbers.</summary>
    public bool MoneyOnlySuffix;

    /// <summary>Digits written with a decimal part.</summary>
    public bool HasDecimals;

    /// <summary>Digits glued to letters or to a URL-like context: not a number on their own.</summary>
    public bool Blocked;

    /// <summary>For <see cref="NumberAtomKind.Ordinal"/>: first … ninth, which may combine with a preceding tens word.</summary>
    public bool UnitOrdinal;

    /// <summary>For <see cref="NumberAtomKind.Digits"/>: the number of digits (for years and space-grouped thousands).</summary>
    public int DigitCount;

    public readonly int Length => End - Start;
}
