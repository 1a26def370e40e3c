namespace TextInsight.Summaries;

/// <summary>How long a summary is: a number of sentences, or a ratio of the body's sentences.</summary>
public readonly record struct SummaryLength
{
    private SummaryLength(int sentences, double ratio)
    {
        Sentences = sentences;
        Ratio = ratio;
    }

    /// <summary>The number of sentences, or 0 when the length is a ratio.</summary>
    public int Sentences { get; }

    /// <summary>The ratio of the body's sentences, or 0 when the length is a count.</summary>
    public double Ratio { get; }

    /// <summary>Three sentences.</summary>
    public static SummaryLength Default { get; } = FromSentences(3);

    /// <summary>A summary of <paramref name="sentences"/> sentences (fewer when the body is shorter).</summary>
    public static SummaryLength FromSentences(int sentences)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentences);
        return new SummaryLength(sentences, 0);
    }

    /// <summary>A summary of <paramref name="ratio"/> of the body's sentences, rounded, at least one.</summary>
    public static SummaryLength FromRatio(double ratio)
    {
        if (!(ratio > 0 && ratio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "The ratio must be greater than 0 and at most 1.");
        }

        return new SummaryLength(0, ratio);
    }

    /// <summary>The number of sentences for a body of <paramref name="available"/> sentences.</summary>
    public int SentenceCountFor(int available)
    {
        if (available <= 0)
        {
            return 0;
        }

        int n = Ratio > 0 ? Math.Max(1, (int)Math.Round(available * Ratio, MidpointRounding.AwayFromZero)) : Sentences;
        return Math.Min(n, available);
    }
}
