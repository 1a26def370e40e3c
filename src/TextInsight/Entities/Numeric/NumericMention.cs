namespace TextInsight.Entities.Numeric;

/// <summary>A money, percent or date mention found by the rules, before it gets its zone.</summary>
/// <param name="Type">Money, Percent or Date.</param>
/// <param name="Start">Where it starts in the text.</param>
/// <param name="End">Where it ends in the text.</param>
/// <param name="Value">The amount of money (in major units) or the percentage.</param>
/// <param name="Currency">For money: the ISO 4217 (or common) code.</param>
/// <param name="Iso">For dates: the ISO 8601 form.</param>
/// <param name="Confidence">How sure the rule is, from 0 to 1.</param>
/// <param name="CurrencyAssumed">For money: the text's form could mean several currencies (<c>$</c>, <c>¥</c>, <c>kr</c>, "pesos", "cents") and <paramref name="Currency"/> is the one the document's context chose.</param>
/// <param name="MinorUnit">For money written in a minor unit only (<c>50 cents</c>): the unit's singular name (<c>cent</c>).</param>
/// <param name="MinorValue">For money written in a minor unit only: the amount in that unit (50).</param>
internal readonly record struct NumericMention(EntityType Type, int Start, int End, decimal? Value, string? Currency, string? Iso, double Confidence,
    bool CurrencyAssumed = false, string? MinorUnit = null, decimal? MinorValue = null)
{
    /// <summary>The value without trailing zeros (1.5 × 1e6 is 1500000.0 in decimal arithmetic; it is written 1500000).</summary>
    public decimal? NormalizedValue => Value is { } v ? v / 1.000000000000000000000000000000000m : null;

    public TextSpan Span => TextSpan.FromBounds(Start, End);
}
