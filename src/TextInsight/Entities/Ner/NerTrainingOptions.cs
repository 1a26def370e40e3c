namespace TextInsight.Entities.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
internal sealed record NerTrainingOptions
{
    /// <summary>Passes over the training data for each model.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of every shuffle, so that a run is reproducible.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Pass 1's table has 2^Pass1Bits buckets.</summary>
    public int Pass1Bits { get; init; } = 18;

    /// <summary>Pass 2's table has 2^Pass2Bits buckets.</summary>
    public int Pass2Bits { get; init; } = 18;

    /// <summary>Folds of the training documents for gazetteers and pass 1 labels that a document does not see itself in.</summary>
    public int Folds { get; init; } = 4;
}
