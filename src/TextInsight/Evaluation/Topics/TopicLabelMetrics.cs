namespace TextInsight.Topics;

/// <summary>How well one label was predicted.</summary>
/// <param name="Label">The label.</param>
/// <param name="Precision">Of the texts predicted as this label, the share that had it (0 when none was predicted).</param>
/// <param name="Recall">Of the texts that had this label, the share predicted as it (0 when none had it).</param>
/// <param name="F1">The harmonic mean of precision and recall (0 when both are 0).</param>
/// <param name="Support">How many texts had this label.</param>
public sealed record TopicLabelMetrics(string Label, double Precision, double Recall, double F1, int Support);
