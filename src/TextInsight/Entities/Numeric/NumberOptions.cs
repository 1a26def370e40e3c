namespace TextInsight.Entities.Numeric;

/// <summary>What the number grammar accepts beyond plain numbers.</summary>
[Flags]
internal enum NumberOptions
{
    /// <summary>Plain numbers, words, fractions.</summary>
    None = 0,
    /// <summary>Ratios in words: <c>one over three</c>, <c>1 in 5</c>, <c>two out of five</c>.</summary>
    Ratios = 1,
    /// <summary>Money scale abbreviations that are ambiguous elsewhere (<c>$5m</c>: m is million after a currency, metres in general).</summary>
    MoneySuffixes = 2,
}
