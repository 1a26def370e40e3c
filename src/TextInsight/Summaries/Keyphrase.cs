namespace TextInsight.Summaries;

/// <summary>A key phrase of an article.</summary>
/// <param name="Text">The phrase.</param>
/// <param name="Score">How characteristic it is of the article, from 0 to 1.</param>
public readonly record struct Keyphrase(string Text, double Score);
