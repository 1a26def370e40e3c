namespace TextInsight.Topics;

/// <summary>A text and its topic label, for training or evaluating a <see cref="TopicClassifier"/>.</summary>
/// <param name="Text">The text of the article.</param>
/// <param name="Label">The topic label.</param>
/// <param name="Source">Where the example came from (a file path or "row 12"), named in error messages; may be null.</param>
public sealed record LabeledText(string Text, string Label, string? Source = null)
{
    /// <summary>How much the example counts in training relative to the others (default 1), for example to make a
    /// small set of recent articles weigh as much as a large older set. Used by <see cref="TopicTrainer.Linear"/>;
    /// the ML.NET learners count every example once.</summary>
    public double Weight { get; init; } = 1;
}
