namespace TextInsight.Entities;

/// <summary>One mention of an entity in the analyzed text.</summary>
public sealed record EntityMention
{
    /// <summary>The type of the entity.</summary>
    public required EntityType Type { get; init; }

    /// <summary>Where the mention is in the analyzed text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The text of the mention, as written.</summary>
    public required string Text { get; init; }

    /// <summary>The part of the article the mention is in.</summary>
    public required Zone Zone { get; init; }

    /// <summary>The normalized amount of a <see cref="EntityType.Money"/> or <see cref="EntityType.Percent"/> mention (<c>$1.5M</c> → 1500000).</summary>
    public decimal? Value { get; init; }

    /// <summary>The ISO 4217 code of a <see cref="EntityType.Money"/> mention.</summary>
    public string? Currency { get; init; }

    /// <summary>
    /// For a <see cref="EntityType.Money"/> mention: true when the text wrote a form that several currencies share
    /// (<c>$</c>, <c>¥</c>, <c>kr</c>, "dollars", "pesos", "cents") and <see cref="Currency"/> is the one assumed from the
    /// article (a prefixed dollar elsewhere, the dateline, the countries it names) or the form's default; false when the
    /// text named the currency (<c>US$</c>, <c>EUR</c>, <c>€</c>, "Swiss francs").
    /// </summary>
    public bool CurrencyAssumed { get; init; }

    /// <summary>
    /// For a <see cref="EntityType.Money"/> amount written in a minor unit only (<c>50 cents</c>, <c>20p</c>): the unit's
    /// singular name (<c>cent</c>, <c>penny</c>); <see cref="Value"/> stays in major units (0.5) and
    /// <see cref="MinorUnitValue"/> holds the amount as written (50). Null otherwise.
    /// </summary>
    public string? MinorUnit { get; init; }

    /// <summary>For a <see cref="EntityType.Money"/> amount written in a minor unit only: the amount in that unit (<c>50 cents</c> → 50).</summary>
    public decimal? MinorUnitValue { get; init; }

    /// <summary>
    /// The ISO 8601 form of a <see cref="EntityType.Date"/> mention (<c>2024-05-03</c>, <c>2024-05</c>, <c>2024</c>, <c>2024-W19</c>),
    /// or of a period, in forms that extend it and start with the year the period starts in: a quarter <c>2022-Q1</c>, a half
    /// year <c>2004-H2</c>, a financial year or season across two years <c>2022/2023</c> (an ISO 8601 interval of years), a
    /// decade <c>1990s</c>; a part of a year (<c>mid-2024</c>) or a fiscal year (<c>fiscal 2023</c>) is its year.
    /// Always set for dates, since relative dates are reported only when the publication date resolves them; null otherwise.
    /// </summary>
    public string? Iso { get; init; }

    /// <summary>How sure the recognizer is, from 0 to 1.</summary>
    public double Confidence { get; init; } = 1;

    /// <summary>The <see cref="LinkedEntity.Id"/> this mention refers to, if it was linked.</summary>
    public int? EntityId { get; init; }
}
