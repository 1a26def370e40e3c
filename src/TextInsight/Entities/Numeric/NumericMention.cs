namespace TextInsight.Entities.Numeric;

/// <summary>A money, percent or date mention found by the rules, before it gets its zone.</summary>
internal readonly record struct NumericMention(EntityType Type, int Start, int End, decimal? Value, string? Currency, string? Iso, double Confidence)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
