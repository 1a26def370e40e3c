namespace TextInsight.Structure.Html;

/// <summary>The outcome of one page: its shingle counts and its ROUGE-LSum F1 against the truth, and the time taken.</summary>
internal sealed record PageResult(string Id, string Predicted, ShingleCounts Counts, double RougeLsum, TimeSpan Elapsed);
