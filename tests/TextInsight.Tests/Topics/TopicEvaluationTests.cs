using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

public sealed class TopicEvaluationTests
{
    private static readonly TopicEvaluation Evaluation = TopicEvaluation.From(
        gold: ["a", "a", "a", "a", "b", "b", "c"],
        predicted: ["a", "a", "a", "b", "b", "a", "c"],
        modelLabels: ["a", "b", "c", "d"]);

    [Fact]
    public void Accuracy_is_the_share_of_top_labels_that_match()
    {
        Assert.Equal(5.0 / 7, Evaluation.Accuracy, 12);
    }

    [Fact]
    public void Per_label_precision_recall_and_f1_count_each_label()
    {
        Assert.Equal(
            [
                new TopicLabelMetrics("a", 0.75, 0.75, 0.75, 4),
                new TopicLabelMetrics("b", 0.5, 0.5, 0.5, 2),
                new TopicLabelMetrics("c", 1, 1, 1, 1),
                new TopicLabelMetrics("d", 0, 0, 0, 0),
            ],
            Evaluation.PerLabel);
    }

    [Fact]
    public void Macro_f1_averages_every_label_including_those_never_seen()
    {
        Assert.Equal((0.75 + 0.5 + 1 + 0) / 4, Evaluation.MacroF1, 12);
    }

    [Theory]
    [InlineData(0, 0, 3)]
    [InlineData(0, 1, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 3, 0)]
    public void The_confusion_matrix_counts_gold_rows_against_predicted_columns(int gold, int predicted, int count)
    {
        Assert.Equal(count, Evaluation.Confusion(gold, predicted));
    }
}
