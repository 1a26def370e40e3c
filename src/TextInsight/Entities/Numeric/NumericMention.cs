namespace TextInsight.Entities.Numeric;

/// <summary>A money, percent or date mention found by the rules, before it gets its zone.</summary>
internal readonly record struct NumericMention(EntityType Type, int Start, int End, decimal? Value, string? Currency, string? Iso, double Confidence)
{
    /// <summary>The value without trailing zeros (1.5 × 1e6 is 1500000.0 in decimal arithmetic; it is written 1500000).</summary>
    public decimal? NormalizedValue => Value is { } v ? v / 1.000000000000000000000000000000000m : null;

    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
