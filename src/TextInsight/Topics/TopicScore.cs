namespace TextInsight.Topics;

/// <summary>A topic label and the model's probability for it.</summary>
/// <param name="Label">The topic label.</param>
/// <param name="Score">The probability, from 0 to 1; the scores of one article sum to 1.</param>
public readonly record struct TopicScore(string Label, double Score);
