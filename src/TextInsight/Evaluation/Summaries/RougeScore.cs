namespace TextInsight.Summaries;

/// <summary>ROUGE F1 scores of one candidate summary against one reference, each from 0 to 1.</summary>
/// <param name="Rouge1">Unigram overlap.</param>
/// <param name="Rouge2">Bigram overlap.</param>
/// <param name="RougeL">Longest common subsequence of the whole texts.</param>
/// <param name="RougeLsum">Summary-level LCS: union of the LCS of each reference sentence with every candidate sentence.</param>
internal readonly record struct RougeScore(double Rouge1, double Rouge2, double RougeL, double RougeLsum);
