namespace TextInsight.Entities.Numeric;

/// <summary>What the numeric rules know about the whole document.</summary>
/// <param name="DollarCurrency">The ISO code a bare <c>$</c> or "dollars" means in this document (USD unless it says otherwise).</param>
/// <param name="Published">The publication date relative dates resolve against, if known.</param>
/// <param name="Text">The document, whose cues (countries, peoples, cities, other currencies) choose among the currencies an ambiguous form may mean; null for none.</param>
internal sealed record NumericContext(string DollarCurrency, DateOnly? Published, string? Text = null)
{
    private Dictionary<string, int>? cueCounts;

    public static NumericContext Default { get; } = new("USD", null);

    /// <summary>
    /// The currency an ambiguous form means here: among <paramref name="candidates"/> (the default first), the one whose
    /// cues the document names most, or the default. <see cref="CurrencyTable.Dollar"/> is the document's dollar.
    /// Not thread-safe: a context belongs to one document's recognition.
    /// </summary>
    public string Resolve(string[] candidates)
    {
        if (candidates.Length == 1)
        {
            return candidates[0] == CurrencyTable.Dollar ? DollarCurrency : candidates[0];
        }

        string best = candidates[0];
        int bestCount = 0;
        foreach (var candidate in candidates)
        {
            int count = CueCount(candidate);
            if (count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }

        return best == CurrencyTable.Dollar ? DollarCurrency : best;
    }

    private int CueCount(string currency)
    {
        if (Text is null || !CurrencyTable.Cues.TryGetValue(currency, out var cues))
        {
            return 0;
        }

        cueCounts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (cueCounts.TryGetValue(currency, out int known))
        {
            return known;
        }

        int n = 0;
        foreach (var cue in cues)
        {
            bool word = char.IsLetter(cue[0]);
            int i = Text.IndexOf(cue, StringComparison.Ordinal);
            while (i >= 0)
            {
                int end = i + cue.Length;
                if (!word || ((i == 0 || !char.IsLetterOrDigit(Text[i - 1])) && (end == Text.Length || !char.IsLetterOrDigit(Text[end]))))
                {
                    n++;
                }

                i = Text.IndexOf(cue, end, StringComparison.Ordinal);
            }
        }

        cueCounts[currency] = n;
        return n;
    }
}
