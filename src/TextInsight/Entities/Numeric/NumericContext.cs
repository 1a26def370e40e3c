namespace TextInsight.Entities.Numeric;

/// <summary>What the numeric rules know about the whole document.</summary>
/// <param name="DollarCurrency">The ISO code a bare <c>$</c> or "dollars" means in this document (USD unless it says otherwise).</param>
/// <param name="Published">The publication date relative dates resolve against, if known.</param>
/// <param name="Text">The document, whose cues (countries, peoples, cities, other currencies) choose among the currencies an ambiguous form may mean; null for none.</param>
/// <param name="SiteCurrency">The currency of the country of the site the document came from (<see cref="CurrencyTable.FromSource"/>), if known.</param>
internal sealed record NumericContext(string DollarCurrency, DateOnly? Published, string? Text = null, string? SiteCurrency = null)
{
    private Dictionary<string, int>? cueCounts;

    /// <summary>The segment (sentence) being read: cues inside it count before the rest of the document's.</summary>
    public TextSpan Segment { get; set; }

    /// <summary>
    /// The currency an ambiguous form means here: among <paramref name="candidates"/> (the default first), the one whose
    /// cues the current sentence names most; else the one the document names most; else the site's currency if it is a
    /// candidate; else the default. <see cref="CurrencyTable.Dollar"/> is the document's dollar
    /// (<see cref="CurrencyTable.DetectDollar(string, TextSpan?, string?)"/>): a country named in the sentence does not
    /// choose it, as in 5 of 5 BBC business sentences where it would have the <c>$</c> was a conversion to US dollars
    /// (<c>Australian dollars 648m ($492m)</c>).
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
        if (Text is not null && Segment.Length > 0)
        {
            foreach (var candidate in candidates)
            {
                int count = CurrencyTable.Cues.TryGetValue(candidate, out var cues) ? Count(cues, Segment.Start, Segment.End) : 0;
                if (count > bestCount)
                {
                    best = candidate;
                    bestCount = count;
                }
            }
        }

        if (bestCount == 0)
        {
            foreach (var candidate in candidates)
            {
                int count = CueCount(candidate);
                if (count > bestCount)
                {
                    best = candidate;
                    bestCount = count;
                }
            }
        }

        if (bestCount == 0 && SiteCurrency is { } site)
        {
            foreach (var candidate in candidates)
            {
                if (candidate == site || (candidate == CurrencyTable.Dollar && CurrencyTable.IsDollar(site)))
                {
                    best = candidate;
                    break;
                }
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

        int n = Count(cues, 0, Text.Length);
        cueCounts[currency] = n;
        return n;
    }

    /// <summary>How often the cues occur in <c>Text[from..to]</c>, words as whole words.</summary>
    private int Count(string[] cues, int from, int to)
    {
        var text = Text!;
        int n = 0;
        foreach (var cue in cues)
        {
            bool word = char.IsLetter(cue[0]);
            int i = text.IndexOf(cue, from, to - from, StringComparison.Ordinal);
            while (i >= 0)
            {
                int end = i + cue.Length;
                if (!word || ((i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))))
                {
                    n++;
                }

                if (end >= to)
                {
                    break;
                }

                i = text.IndexOf(cue, end, to - end, StringComparison.Ordinal);
            }
        }

        return n;
    }
}
