namespace TextInsight.Structure.Html;

/// <summary>The outcome of one page.</summary>
internal sealed record PageResult(string Id, string Predicted, ShingleCounts Counts, TimeSpan Elapsed);
