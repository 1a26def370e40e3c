using TextInsight.Entities;
using TextInsight.Topics;

namespace TextInsight.Orleans;

/// <summary>How a silo analyzes the batches it receives.</summary>
public sealed record SiloAnalyzerOptions
{
    /// <summary>How many documents of one batch the silo analyzes at once; by default the silo's processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The topic classifier every batch uses on this silo (for example one loaded from the user's model); the built-in one when <see langword="null"/>.</summary>
    public TopicClassifier? TopicClassifier { get; init; }

    /// <summary>The entity recognizer every batch uses on this silo (for example one with the user's own tagger model); the built-in one when <see langword="null"/>.</summary>
    public EntityRecognizer? EntityRecognizer { get; init; }
}
