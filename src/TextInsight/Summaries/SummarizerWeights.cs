namespace TextInsight.Summaries;

/// <summary>
/// The weights of the features <see cref="Summarizer"/> scores sentences by, and of its redundancy penalty.
/// <see cref="Default"/> holds the weights tuned on the BBC News Summary development data
/// (<c>textinsight evaluate summaries --tune</c>, see docs/ARCHITECTURE.md).
/// </summary>
public sealed record SummarizerWeights
{
    /// <summary>The tuned weights.</summary>
    public static SummarizerWeights Default { get; } = new();

    /// <summary>Weight of graph centrality (PageRank over the TF-IDF cosine graph of the sentences, scaled to a maximum of 1).</summary>
    public double Centrality { get; init; } = 0.25;

    /// <summary>
    /// Weight of TextRank's centrality (PageRank over the graph of shared terms divided by <c>ln|Si| + ln|Sj|</c>,
    /// scaled to a maximum of 1), which favours longer sentences than the cosine graph does.
    /// </summary>
    public double OverlapCentrality { get; init; } = 1;

    /// <summary>Weight of the lead prior <c>exp(-i / PositionDecay)</c> of the sentence at index <c>i</c> of the body.</summary>
    public double Position { get; init; }

    /// <summary>How many sentences into the body the lead prior falls to 1/e.</summary>
    public double PositionDecay { get; init; } = 4;

    /// <summary>Weight of being the first sentence of a paragraph (a paragraph's lead states its point).</summary>
    public double ParagraphLead { get; init; }

    /// <summary>
    /// Penalty for direct speech: subtracted once for a sentence that opens with a quotation mark, half for one that
    /// holds one. Quotes colour a story; the reported facts around them summarize it.
    /// </summary>
    public double QuotationPenalty { get; init; }

    /// <summary>Weight of the share of the title's terms (and, at half weight, of the section heading's) the sentence contains.</summary>
    public double TitleOverlap { get; init; } = 0.1;

    /// <summary>Weight of the summed salience of the linked entities the sentence mentions (scaled to a maximum of 1).</summary>
    public double EntitySalience { get; init; } = 0.3;

    /// <summary>Weight of the cosine between the sentence and the centroid of all the body's sentences.</summary>
    public double Centroid { get; init; } = 0.5;

    /// <summary>Weight of the mean body frequency of the sentence's content words (SumBasic), scaled to a maximum of 1.</summary>
    public double Frequency { get; init; } = 1;

    /// <summary>Weight of the length prior <c>min(words, LengthTarget) / LengthTarget</c>, which keeps fragments out.</summary>
    public double Length { get; init; }

    /// <summary>The sentence length, in words, from which the length prior is full.</summary>
    public double LengthTarget { get; init; } = 40;

    /// <summary>
    /// Exponent of the length factor <c>(words / mean words of the body's sentences) ^ LengthExponent</c> that multiplies
    /// the weighted sum of the features: how much a sentence's expected share of the summary's content grows with its
    /// length. 0 leaves the sum as it is.
    /// </summary>
    public double LengthExponent { get; init; } = 0.25;

    /// <summary>
    /// Weight of the redundancy penalty (maximal marginal relevance): a candidate loses this times its highest cosine
    /// with a sentence already chosen.
    /// </summary>
    public double Redundancy { get; init; } = 0.1;

    /// <summary>Throws when a weight is negative or not finite, or a scale is not positive.</summary>
    /// <exception cref="ArgumentException">A weight is out of range; the message names it.</exception>
    public void Validate()
    {
        Check(Centrality, nameof(Centrality));
        Check(OverlapCentrality, nameof(OverlapCentrality));
        Check(Position, nameof(Position));
        Check(TitleOverlap, nameof(TitleOverlap));
        Check(ParagraphLead, nameof(ParagraphLead));
        Check(QuotationPenalty, nameof(QuotationPenalty));
        Check(EntitySalience, nameof(EntitySalience));
        Check(Centroid, nameof(Centroid));
        Check(Frequency, nameof(Frequency));
        Check(Length, nameof(Length));
        Check(Redundancy, nameof(Redundancy));
        Check(LengthExponent, nameof(LengthExponent));
        if (!(PositionDecay > 0) || double.IsInfinity(PositionDecay))
        {
            throw new ArgumentException($"{nameof(PositionDecay)} must be positive and finite; it is {PositionDecay}.", nameof(PositionDecay));
        }

        if (!(LengthTarget > 0) || double.IsInfinity(LengthTarget))
        {
            throw new ArgumentException($"{nameof(LengthTarget)} must be positive and finite; it is {LengthTarget}.", nameof(LengthTarget));
        }
    }

    private static void Check(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentException($"{name} must be zero or positive and finite; it is {value}.", name);
        }
    }
}
