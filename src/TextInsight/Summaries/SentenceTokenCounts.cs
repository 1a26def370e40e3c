namespace TextInsight.Summaries;

/// <summary>Counts of telling tokens in one sentence, gathered while its terms are collected.</summary>
internal struct SentenceTokenCounts
{
    /// <summary>Number tokens.</summary>
    public int Numbers;

    /// <summary>Currency tokens (<c>$</c>, <c>£</c>, <c>US$</c>).</summary>
    public int Currencies;

    /// <summary>Capitalized words other than the first word: names, mostly.</summary>
    public int Capitalized;
}
