namespace TextInsight.Structure.Html;

/// <summary>True positive, false positive and false negative shingles of one page, normalized to sum to one.</summary>
internal readonly record struct ShingleCounts(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>Precision as the benchmark defines it (one when nothing was missed nor added).</summary>
    public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalsePositives == 0 ? 0
        : TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall as the benchmark defines it (one when nothing was missed nor added).</summary>
    public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1
        : TruePositives == 0 && FalseNegatives == 0 ? 0
        : TruePositives / (TruePositives + FalseNegatives);
}
