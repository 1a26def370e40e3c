namespace TextInsight.Summaries;

/// <summary>
/// How long a summary is: a number of sentences, a ratio of the body's sentences, or a budget of words.
/// </summary>
public readonly record struct SummaryLength
{
    private SummaryLength(int sentences, double ratio, int words)
    {
        Sentences = sentences;
        Ratio = ratio;
        Words = words;
    }

    /// <summary>The number of sentences, or 0 when the length is a ratio or a word budget.</summary>
    public int Sentences { get; }

    /// <summary>The ratio of the body's sentences, or 0 when the length is a count or a word budget.</summary>
    public double Ratio { get; }

    /// <summary>The most words the summary may hold, or 0 when the length is a count or a ratio.</summary>
    public int Words { get; }

    /// <summary>Whether the length is a budget of words (<see cref="FromWords"/>).</summary>
    public bool IsWordBudget => Words > 0;

    /// <summary>Three sentences.</summary>
    public static SummaryLength Default { get; } = FromSentences(3);

    /// <summary>A summary of <paramref name="sentences"/> sentences (fewer when the body is shorter).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentences"/> is negative.</exception>
    public static SummaryLength FromSentences(int sentences)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentences);
        return new SummaryLength(sentences, 0, 0);
    }

    /// <summary>A summary of <paramref name="ratio"/> of the body's sentences, rounded, at least one.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is not in (0, 1].</exception>
    public static SummaryLength FromRatio(double ratio)
    {
        if (!(ratio > 0 && ratio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The ratio must be greater than 0 and at most 1.");
        }

        return new SummaryLength(0, ratio, 0);
    }

    /// <summary>
    /// A summary of at most <paramref name="words"/> words (word and number tokens), made of the best sentences that
    /// fit. When not even the best sentence fits, the summary is that one sentence, so that a non-empty body never
    /// gives an empty summary.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="words"/> is less than 1.</exception>
    public static SummaryLength FromWords(int words)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(words, 1);
        return new SummaryLength(0, 0, words);
    }

    /// <summary>
    /// The number of sentences for a body of <paramref name="available"/> sentences; for a word budget, the upper
    /// bound <paramref name="available"/> (the budget, not a count, then decides).
    /// </summary>
    public int SentenceCountFor(int available)
    {
        if (available <= 0)
        {
            return 0;
        }

        if (IsWordBudget)
        {
            return available;
        }

        int n = Ratio > 0 ? Math.Max(1, (int)Math.Round(available * Ratio, MidpointRounding.AwayFromZero)) : Sentences;
        return Math.Min(n, available);
    }
}
