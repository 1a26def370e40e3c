namespace TextInsight.Text;

/// <summary>How an abbreviation ending in a period behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None,

    /// <summary>Stands before a name (<c>Mr.</c>, <c>Dr.</c>, <c>e.g.</c>): never ends a sentence before a capital.</summary>
    Prefix,

    /// <summary>Stands before a number (<c>No. 10</c>, <c>Vol. 2</c>): ends a sentence only before a word.</summary>
    Numbering,

    /// <summary>Usually ends what it follows (<c>etc.</c>): ends a sentence before any capitalized word.</summary>
    Postfix,

    /// <summary>
    /// Either (<c>Inc.</c>, <c>U.S.</c>, <c>a.m.</c>, initials): ends a sentence only before a word that mostly starts
    /// sentences (<c>The</c>, <c>He</c>, <c>But</c>) or an opening quote.
    /// </summary>
    Ambiguous,
}
