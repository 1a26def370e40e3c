namespace TextInsight.Summaries;

/// <summary>Precision, recall and F1 at one cut-off, macro-averaged over documents (each from 0 to 1).</summary>
/// <param name="K">The cut-off.</param>
/// <param name="Precision">Mean precision.</param>
/// <param name="Recall">Mean recall.</param>
/// <param name="F1">Mean of the documents' F1 (not the F1 of the means).</param>
/// <param name="Documents">How many documents were averaged.</param>
internal readonly record struct KeyphraseScores(int K, double Precision, double Recall, double F1, int Documents);
