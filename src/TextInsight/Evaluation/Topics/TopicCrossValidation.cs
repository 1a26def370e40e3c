namespace TextInsight.Topics;

/// <summary>The result of k-fold cross-validation of topic training: every distinct text scored by a model that did not see it.</summary>
public sealed class TopicCrossValidation
{
    internal TopicCrossValidation(TopicEvaluation evaluation, IReadOnlyList<double> foldAccuracies, int duplicatesRemoved, TimeSpan meanTrainingTime, TimeSpan meanTrainingCpuTime, string options)
    {
        Evaluation = evaluation;
        FoldAccuracies = foldAccuracies;
        DuplicatesRemoved = duplicatesRemoved;
        MeanTrainingTime = meanTrainingTime;
        MeanTrainingCpuTime = meanTrainingCpuTime;
        Options = options;
    }

    /// <summary>The metrics over all folds' held-out predictions together.</summary>
    public TopicEvaluation Evaluation { get; }

    /// <summary>The accuracy on each fold's held-out part.</summary>
    public IReadOnlyList<double> FoldAccuracies { get; }

    /// <summary>How many examples were dropped because an earlier example had the same text.</summary>
    public int DuplicatesRemoved { get; }

    /// <summary>The mean wall-clock time to train one fold's model.</summary>
    public TimeSpan MeanTrainingTime { get; }

    /// <summary>The mean processor time (all threads of the process) spent training one fold's model; steadier than
    /// <see cref="MeanTrainingTime"/> on a busy machine.</summary>
    public TimeSpan MeanTrainingCpuTime { get; }

    /// <summary>The featurization and learner that were cross-validated.</summary>
    public string Options { get; }
}
