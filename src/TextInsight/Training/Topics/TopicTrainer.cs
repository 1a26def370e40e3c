namespace TextInsight.Topics;

/// <summary>The multiclass learner of a topic model. All give probabilities. The default is <see cref="Linear"/>, added last
/// so that the values of the others did not change.</summary>
public enum TopicTrainer
{
    /// <summary>Multinomial logistic regression fitted by L-BFGS (ML.NET <c>LbfgsMaximumEntropy</c>).</summary>
    LbfgsMaximumEntropy,

    /// <summary>Multinomial logistic regression fitted by stochastic dual coordinate ascent (ML.NET <c>SdcaMaximumEntropy</c>).</summary>
    SdcaMaximumEntropy,

    /// <summary>One linear support vector machine per label, Platt-calibrated and normalized (ML.NET <c>OneVersusAll</c> of <c>LinearSvm</c>).</summary>
    OneVersusAllLinearSvm,

    /// <summary>One logistic regression per label, normalized (ML.NET <c>OneVersusAll</c> of <c>LbfgsLogisticRegression</c>).</summary>
    OneVersusAllLogistic,

    /// <summary>Naive Bayes over binary features (ML.NET <c>NaiveBayes</c>); its scores are turned into probabilities by a softmax.</summary>
    NaiveBayes,

    /// <summary>TextInsight's own sparse linear model (the default): multinomial logistic regression over hashed word
    /// n-grams, blended with multinomial naive Bayes (<see cref="TopicTrainingOptions.NaiveBayesWeight"/>). Small and fast;
    /// reads words only (<see cref="TopicTrainingOptions.CharNgramLength"/> must be 0).</summary>
    Linear,
}
