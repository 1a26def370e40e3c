namespace TextInsight.Entities.Numeric;

/// <summary>A number read from atoms: its value and the atoms it covers.</summary>
/// <param name="Start">Index of its first atom.</param>
/// <param name="End">Index one past its last atom.</param>
/// <param name="Value">Its value.</param>
/// <param name="Scale">The last scale word or abbreviation it used (million → 1e6), or 0.</param>
/// <param name="HasFraction">It holds a fraction in words (two thirds, a half).</param>
internal readonly record struct NumberParse(int Start, int End, decimal Value, decimal Scale, bool HasFraction);
