namespace TextInsight.Topics;

/// <summary>How well a topic model's top label matched the gold labels of a set of texts.</summary>
public sealed class TopicEvaluation
{
    private readonly int[][] _confusion;

    private TopicEvaluation(string[] labels, int[][] confusion)
    {
        Labels = labels;
        _confusion = confusion;
        var total = 0;
        var correct = 0;
        var perLabel = new TopicLabelMetrics[labels.Length];
        var f1Sum = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            var support = 0;
            var predicted = 0;
            for (var j = 0; j < labels.Length; j++)
            {
                support += confusion[i][j];
                predicted += confusion[j][i];
            }

            var hits = confusion[i][i];
            total += support;
            correct += hits;
            var precision = predicted == 0 ? 0 : (double)hits / predicted;
            var recall = support == 0 ? 0 : (double)hits / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel[i] = new TopicLabelMetrics(labels[i], precision, recall, f1, support);
            f1Sum += f1;
        }

        Count = total;
        Accuracy = total == 0 ? 0 : (double)correct / total;
        MacroF1 = labels.Length == 0 ? 0 : f1Sum / labels.Length;
        PerLabel = perLabel;
    }

    /// <summary>How many texts were evaluated.</summary>
    public int Count { get; }

    /// <summary>The share of texts whose top label is the gold label.</summary>
    public double Accuracy { get; }

    /// <summary>The unweighted mean of the per-label F1 scores.</summary>
    public double MacroF1 { get; }

    /// <summary>Every label seen in the gold data or the model, in ordinal order; the rows and columns of the confusion matrix.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Precision, recall and F1 of each label, in <see cref="Labels"/> order.</summary>
    public IReadOnlyList<TopicLabelMetrics> PerLabel { get; }

    /// <summary>How many texts with gold label <paramref name="gold"/> got top label <paramref name="predicted"/>.</summary>
    /// <param name="gold">The index of the gold label in <see cref="Labels"/>.</param>
    /// <param name="predicted">The index of the predicted label in <see cref="Labels"/>.</param>
    public int Confusion(int gold, int predicted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gold);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(gold, Labels.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(predicted);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(predicted, Labels.Count);
        return _confusion[gold][predicted];
    }

    internal static TopicEvaluation From(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, IEnumerable<string> modelLabels)
    {
        var labelSet = new SortedSet<string>(modelLabels, StringComparer.Ordinal);
        labelSet.UnionWith(gold);
        labelSet.UnionWith(predicted);
        var labels = new string[labelSet.Count];
        labelSet.CopyTo(labels);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++)
        {
            index[labels[i]] = i;
        }

        var confusion = new int[labels.Length][];
        for (var i = 0; i < labels.Length; i++)
        {
            confusion[i] = new int[labels.Length];
        }

        for (var i = 0; i < gold.Count; i++)
        {
            confusion[index[gold[i]]][index[predicted[i]]]++;
        }

        return new TopicEvaluation(labels, confusion);
    }
}
