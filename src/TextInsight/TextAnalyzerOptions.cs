using TextInsight.Entities;
using TextInsight.Summaries;
using TextInsight.Topics;

namespace TextInsight;

/// <summary>What <see cref="TextAnalyzer"/> does with each document.</summary>
public sealed record TextAnalyzerOptions
{
    /// <summary>How many key phrases an analysis returns unless told otherwise.</summary>
    public const int DefaultMaxKeyphrases = 10;

    /// <summary>The stages to run; all by default.</summary>
    public Stages Stages { get; init; } = Stages.All;

    /// <summary>How long summaries are; three sentences by default.</summary>
    public SummaryLength SummaryLength { get; init; } = SummaryLength.Default;

    /// <summary>How many key phrases to return at most (each with its score); ten by default, zero for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxKeyphrases
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxKeyphrases));
            field = value;
        }
    } = DefaultMaxKeyphrases;

    /// <summary>The entity recognizer to use; the built-in one when <see langword="null"/>.</summary>
    public EntityRecognizer? EntityRecognizer { get; init; }

    /// <summary>The topic classifier to use (for example one loaded with your own model); the built-in one when <see langword="null"/>.</summary>
    public TopicClassifier? TopicClassifier { get; init; }
}
