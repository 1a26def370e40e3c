namespace TextInsight.Summaries;

/// <summary>One entry of a sparse term vector.</summary>
/// <param name="Term">The term's id in the document's vocabulary.</param>
/// <param name="Weight">Its weight.</param>
internal readonly record struct TermWeight(int Term, double Weight);
