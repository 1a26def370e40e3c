namespace TextInsight.Entities.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>.</summary>
internal sealed record NerTrainingOptions
{
    /// <summary>Passes over the training data for each model.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seed of every shuffle, so that a run is reproducible.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// The seeds of an ensemble: one training run per seed (shuffle order and hidden-feature draws), whose weights are
    /// averaged into one model of the same size; the folds come from the first. Null or empty: one run with <see cref="Seed"/>.
    /// </summary>
    public IReadOnlyList<int>? Seeds { get; init; }

    /// <summary>
    /// The seed of the split into folds; null: the first seed. A single run with the fold seed of an ensemble is that
    /// ensemble's run of its seed, alone.
    /// </summary>
    public int? FoldSeed { get; init; }

    /// <summary>Pass 1's table has 2^Pass1Bits buckets.</summary>
    public int Pass1Bits { get; init; } = 20;

    /// <summary>Pass 2's table has 2^Pass2Bits buckets.</summary>
    public int Pass2Bits { get; init; } = 20;

    /// <summary>Words seen at most this often in training are rare: their word-identity features are hidden with probability <see cref="HideRareWords"/>.</summary>
    public int RareWordCount { get; init; } = 1;

    /// <summary>The probability of hiding a rare word's identity features in a training sentence.</summary>
    public double HideRareWords { get; init; }

    /// <summary>
    /// The share of training tokens whose name-list and word-cluster features are hidden (drawn once with the seed): they
    /// read as a word no list or cluster knows, as most new names at run time do, so the model also learns to find names
    /// from context and shape. 0 hides none.
    /// </summary>
    public double HideNameFeatures { get; init; }

    /// <summary>
    /// The share of training names (drawn once with the seed) whose tokens lose the name-list kinds of their own type
    /// (a place its city and country kinds, a person its first-name and surname kinds), keeping the others: the lists miss
    /// many names of their type that another list holds (a town of a few thousand people that is also a surname), while
    /// nearly every CoNLL name is in its own list. 0 hides none.
    /// </summary>
    public double HideNameKinds { get; init; }

    /// <summary>Folds of the training documents for gazetteers and pass 1 labels that a document does not see itself in.</summary>
    public int Folds { get; init; } = 4;
}
