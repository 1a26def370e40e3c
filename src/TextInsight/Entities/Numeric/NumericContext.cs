namespace TextInsight.Entities.Numeric;

/// <summary>What the numeric rules know about the whole document.</summary>
/// <param name="DollarCurrency">The ISO code a bare <c>$</c> or "dollars" means in this document (USD unless it says otherwise).</param>
/// <param name="Published">The publication date relative dates resolve against, if known.</param>
internal sealed record NumericContext(string DollarCurrency, DateOnly? Published)
{
    public static NumericContext Default { get; } = new("USD", null);
}
