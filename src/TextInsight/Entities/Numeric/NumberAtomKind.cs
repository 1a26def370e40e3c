namespace TextInsight.Entities.Numeric;

/// <summary>What a piece of text means to the numeric recognizers.</summary>
internal enum NumberAtomKind : byte
{
    /// <summary>A word or symbol the recognizers do not read as part of a number.</summary>
    Other,
    /// <summary>A number written in digits (<c>1.5</c>, <c>1,500</c>, <c>1e6</c>).</summary>
    Digits,
    /// <summary>zero … nine.</summary>
    Unit,
    /// <summary>ten … nineteen.</summary>
    Teen,
    /// <summary>twenty … ninety.</summary>
    Tens,
    /// <summary>hundred.</summary>
    Hundred,
    /// <summary>thousand, million, lakh, crore, and the abbreviations k, M, bn….</summary>
    Scale,
    /// <summary>dozen.</summary>
    Dozen,
    /// <summary>An ordinal used as a denominator (third, fifths, hundredth).</summary>
    Ordinal,
    /// <summary>half, halves.</summary>
    Half,
    /// <summary>quarter, quarters.</summary>
    Quarter,
    /// <summary>a, an.</summary>
    A,
    /// <summary>and.</summary>
    And,
    /// <summary>point (decimal point in words).</summary>
    Point,
    /// <summary>minus, negative.</summary>
    Minus,
    /// <summary>A hyphen or minus sign.</summary>
    Dash,
    /// <summary>An en or em dash (ranges).</summary>
    RangeDash,
    /// <summary>A slash.</summary>
    Slash,
    /// <summary>of.</summary>
    Of,
    /// <summary>over (ratios).</summary>
    Over,
    /// <summary>out (in "out of").</summary>
    Out,
    /// <summary>in (ratios: "1 in 5").</summary>
    In,
    /// <summary>A vulgar fraction character (½).</summary>
    Vulgar,
    /// <summary>A currency symbol.</summary>
    Currency,
    /// <summary>A percent sign.</summary>
    Percent,
    /// <summary>Other punctuation.</summary>
    Punctuation,
}
