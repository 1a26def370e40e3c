namespace TextInsight.Topics;

/// <summary>A trained topic model behind <see cref="TopicClassifier"/>: TextInsight's own sparse linear model
/// (<see cref="LinearTopicModel"/>) or an ML.NET pipeline (<see cref="TopicModel"/>). Thread-safe.</summary>
internal abstract class TopicScorer
{
    /// <summary>The labels, in ordinal order.</summary>
    public abstract IReadOnlyList<string> Labels { get; }

    /// <summary>The featurization and learner, for reports.</summary>
    public abstract string Description { get; }

    /// <summary>Writes the probability of each label, in <see cref="Labels"/> order, into <paramref name="probabilities"/>.</summary>
    public abstract void Score(string text, Span<double> probabilities);

    /// <summary>Writes the model in its file format.</summary>
    public abstract void Save(Stream stream);

    /// <summary>Reads a model of either format, told apart by the first bytes.</summary>
    public static TopicScorer Read(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (LinearTopicModel.HasMagic(bytes))
        {
            return LinearTopicModel.Load(buffer);
        }

        return TopicModel.Load(buffer);
    }
}
