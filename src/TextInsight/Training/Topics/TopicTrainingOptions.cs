namespace TextInsight.Topics;

/// <summary>How <see cref="TopicClassifier.Train"/> featurizes texts and which learner it fits.</summary>
/// <remarks>The defaults are the combination that scored best in cross-validation on the BBC development articles
/// (see <c>src/TextInsight/Models/README.md</c>).</remarks>
public sealed class TopicTrainingOptions
{
    /// <summary>The defaults.</summary>
    public static TopicTrainingOptions Default { get; } = new();

    /// <summary>The multiclass learner.</summary>
    public TopicTrainer Trainer { get; init; } = TopicTrainer.Linear;

    /// <summary>Word n-grams up to this length are features (1 = words only, 2 = words and word pairs).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Character n-grams of exactly this length are features as well (ML.NET learners only); 0 turns them off.</summary>
    public int CharNgramLength { get; init; }

    /// <summary>Whether n-gram counts are weighted by inverse document frequency (TF-IDF) rather than used raw.</summary>
    public bool TfIdf { get; init; } = true;

    /// <summary>Whether common English words are removed before word n-grams are formed.</summary>
    public bool RemoveStopWords { get; init; } = true;

    /// <summary>Whether a feature counted n times in a text weighs 1 + ln n instead of n (<see cref="TopicTrainer.Linear"/> only).</summary>
    public bool SublinearTf { get; init; } = true;

    /// <summary>Features found in fewer texts than this are dropped (<see cref="TopicTrainer.Linear"/> only).</summary>
    public int MinimumDocumentFrequency { get; init; } = 2;

    /// <summary>Whether training weighs each text so that every label counts the same, whatever its number of examples
    /// (<see cref="TopicTrainer.Linear"/> only).</summary>
    public bool BalanceLabels { get; init; } = true;

    /// <summary>How much of a multinomial naive Bayes is blended into the logistic regression's weights; 0 for none
    /// (<see cref="TopicTrainer.Linear"/> only).</summary>
    public double NaiveBayesWeight { get; init; } = DefaultNaiveBayesWeight;

    /// <summary>Whether words are reduced to a light stem (plural, -ing and -ed endings) before n-grams are formed
    /// (<see cref="TopicTrainer.Linear"/> only).</summary>
    public bool Stem { get; init; }

    /// <summary>Whether words capitalized inside a sentence, mostly names, are left out of the features, so that the model
    /// leans on the words of a topic rather than on the people and firms of its training years
    /// (<see cref="TopicTrainer.Linear"/> only).</summary>
    public bool IgnoreNames { get; init; }

    /// <summary>The features of this many first words (after stop words are removed) are counted twice, so that the
    /// headline and lead, which say what a news story is about, weigh more than its background (<see cref="TopicTrainer.Linear"/>
    /// only); 0 counts every word once.</summary>
    internal int LeadWords { get; init; }

    /// <summary>Word clusters learned from unlabeled text (<c>textinsight train clusters</c>); each word's cluster ids
    /// become features too, and the model keeps the clusters (<see cref="TopicTrainer.Linear"/> only).</summary>
    internal TextInsight.Entities.Ner.NerClusters? Clusters { get; init; }

    /// <summary>The inverse document frequencies are raised to this power (1 = plain TF-IDF); above 1, rare specific
    /// words (a product, a platform) weigh more against the common words of a story's angle (<see cref="TopicTrainer.Linear"/> only).</summary>
    internal double IdfPower { get; init; } = 1;

    /// <summary>With <see cref="CalibrationFolds"/>, also fits one offset per label (a prior shift) to the out-of-fold
    /// scores, after the temperature: labels the model under-predicts on unseen text are raised (<see cref="TopicTrainer.Linear"/> only).</summary>
    internal bool FitLabelOffsets { get; init; }

    /// <summary>When set, the label offsets are fitted on the out-of-fold scores of these texts only (for example the
    /// recent period's), each by its weight and without label balancing, so they follow that set's label frequencies
    /// and errors.</summary>
    internal IReadOnlySet<string>? OffsetTexts { get; init; }

    /// <summary>When set, a feature is kept only if it occurs in at least one text of every group (for example the
    /// training texts of each period), or in one of <see cref="BridgeTexts"/>: words that carry over between periods
    /// (<see cref="TopicTrainer.Linear"/> only).</summary>
    internal IReadOnlyList<IReadOnlyList<string>>? VocabularyGroups { get; init; }

    /// <summary>Unlabeled texts whose features are kept whatever <see cref="VocabularyGroups"/> says (with no groups,
    /// only features found in these texts are kept).</summary>
    internal IReadOnlyList<string>? BridgeTexts { get; init; }

    /// <summary>The L2 regularization weight of the learner; null uses <see cref="DefaultLinearL2"/> for <see cref="TopicTrainer.Linear"/>, 0.01 for the L-BFGS learners and the learner's own default for the others.</summary>
    public double? L2Regularization { get; init; }

    /// <summary>The L1 regularization weight of the learner (not used by the linear SVM or naive Bayes); null uses 0 for the L-BFGS learners and the learner's own default for SDCA.</summary>
    public double? L1Regularization { get; init; }

    /// <summary>Whether inverse document frequencies count each text by its <see cref="LabeledText.Weight"/>, so that
    /// a small set weighted up (a recent period beside an older, larger one) weighs as much in which words are common
    /// as it does in training (<see cref="TopicTrainer.Linear"/> only; with equal weights this changes nothing).</summary>
    public bool WeightedIdf { get; init; } = true;

    /// <summary>When 2 or more, the linear model's probabilities are calibrated by temperature scaling: the temperature
    /// minimizes the log loss of scores made by models trained on all but one of this many folds of the examples
    /// (<see cref="TopicTrainer.Linear"/> only; training takes this many times longer). 0 leaves the temperature at 1.
    /// Accuracy does not change.</summary>
    public int CalibrationFolds { get; init; } = DefaultCalibrationFolds;

    /// <summary>The default of <see cref="CalibrationFolds"/>.</summary>
    public const int DefaultCalibrationFolds = 5;

    /// <summary>Each label needs at least this many (distinct) examples.</summary>
    public int MinimumExamplesPerLabel { get; init; } = 5;

    /// <summary>The L2 regularization of <see cref="TopicTrainer.Linear"/> when <see cref="L2Regularization"/> is null.</summary>
    public const double DefaultLinearL2 = 1e-4;

    /// <summary>The default of <see cref="NaiveBayesWeight"/>.</summary>
    public const double DefaultNaiveBayesWeight = 0;

    /// <summary>The random seed, so that training the same data twice gives the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A short description of the featurization and learner, for reports.</summary>
    public override string ToString()
    {
        var features = WordNgramLength == 1 ? "word 1-grams" : $"word 1-{WordNgramLength}-grams";
        if (CharNgramLength > 0)
        {
            features += $" + char {CharNgramLength}-grams";
        }

        features += TfIdf ? ", TF-IDF" : ", TF";
        if (Trainer == TopicTrainer.Linear && SublinearTf)
        {
            features = features.Replace("TF", "sublinear TF", StringComparison.Ordinal);
        }

        if (RemoveStopWords)
        {
            features += ", no stop words";
        }

        if (Trainer == TopicTrainer.Linear)
        {
            features += Stem ? ", stemmed" : string.Empty;
            features += IgnoreNames ? ", names ignored" : string.Empty;
            features += VocabularyGroups is { Count: > 0 } ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", features in all {VocabularyGroups.Count} folders") : string.Empty;
            features += BridgeTexts is { Count: > 0 } ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(VocabularyGroups is { Count: > 0 } ? " or" : ", features")} in {BridgeTexts.Count} unlabeled texts") : string.Empty;
            features += Clusters is not null ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", clusters of {Clusters.Count} words") : string.Empty;
            features += LeadWords > 0 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", first {LeadWords} words twice") : string.Empty;
            features += string.Create(System.Globalization.CultureInfo.InvariantCulture, $", min. document frequency {MinimumDocumentFrequency}");
            features += WeightedIdf ? ", weighted IDF" : string.Empty;
            features += IdfPower != 1 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", IDF to the power {IdfPower}") : string.Empty;
            features += FitLabelOffsets && CalibrationFolds >= 2 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", label offsets fitted{(OffsetTexts is null ? string.Empty : $" on {OffsetTexts.Count} texts")}") : string.Empty;
            features += CalibrationFolds >= 2 ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $", temperature fitted on {CalibrationFolds} folds") : string.Empty;
        }

        var regularization = string.Empty;
        if (L2Regularization is { } l2)
        {
            regularization += ", L2 " + l2.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (L1Regularization is { } l1)
        {
            regularization += ", L1 " + l1.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (Trainer == TopicTrainer.Linear)
        {
            regularization = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $", L2 {L2Regularization ?? DefaultLinearL2}, naive Bayes weight {NaiveBayesWeight}{(BalanceLabels ? ", labels balanced" : string.Empty)}");
        }

        return $"{features}, L2-normalized; {Trainer}{regularization}";
    }

    internal void Validate()
    {
        if (WordNgramLength is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(WordNgramLength), WordNgramLength, "Word n-grams must be 1 to 3 words long.");
        }

        if (CharNgramLength is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(CharNgramLength), CharNgramLength, "Character n-grams must be 0 (off) to 6 characters long.");
        }

        if (Trainer == TopicTrainer.Linear && CharNgramLength != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(CharNgramLength), CharNgramLength, "The Linear topic learner reads words only; character n-grams need an ML.NET learner.");
        }

        if (IdfPower is <= 0 || !double.IsFinite(IdfPower))
        {
            throw new ArgumentOutOfRangeException(nameof(IdfPower), IdfPower, "The IDF power must be a finite number above 0.");
        }

        if (LeadWords < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(LeadWords), LeadWords, "The number of lead words cannot be negative.");
        }

        if (MinimumDocumentFrequency < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumDocumentFrequency), MinimumDocumentFrequency, "The minimum document frequency must be at least 1.");
        }

        if (NaiveBayesWeight is < 0 || !double.IsFinite(NaiveBayesWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(NaiveBayesWeight), NaiveBayesWeight, "The naive Bayes weight must be a finite number, 0 or more.");
        }

        if (L2Regularization is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L2Regularization), L2Regularization, "The L2 regularization weight cannot be negative.");
        }

        if (L1Regularization is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(L1Regularization), L1Regularization, "The L1 regularization weight cannot be negative.");
        }

        if (CalibrationFolds is < 0 or 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(CalibrationFolds), CalibrationFolds, "Calibration folds must be 0 (off) or 2 to 20.");
        }

        if (MinimumExamplesPerLabel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumExamplesPerLabel), MinimumExamplesPerLabel, "Each label needs at least one example.");
        }
    }
}
