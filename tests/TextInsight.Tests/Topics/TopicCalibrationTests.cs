using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

/// <summary>Temperature scaling (<see cref="TopicTrainingOptions.CalibrationFolds"/>) and weighted inverse document
/// frequencies (<see cref="TopicTrainingOptions.WeightedIdf"/>) of the linear topic learner.</summary>
public sealed class TopicCalibrationTests
{
    private static readonly TopicTrainingOptions Plain = new() { CalibrationFolds = 0, WeightedIdf = false };

    [Fact]
    public void Calibration_changes_the_probabilities_but_never_the_label_ranking()
    {
        var plain = TopicClassifier.Train(SmallTopicData.Examples, Plain);
        var calibrated = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 5, WeightedIdf = false });

        Assert.Contains("temperature fitted on 5 folds", calibrated.Description, StringComparison.Ordinal);
        var changed = 0;
        foreach (var (_, text) in SmallTopicData.Rows)
        {
            var before = plain.Predict(text);
            var after = calibrated.Predict(text);
            Assert.Equal(before.Select(s => s.Label), after.Select(s => s.Label));
            Assert.Equal(1.0, after.Sum(s => s.Score), 6);
            changed += Math.Abs(before[0].Score - after[0].Score) > 1e-3 ? 1 : 0;
        }

        Assert.True(changed > SmallTopicData.Rows.Length / 2, $"only {changed} top scores changed");
    }

    [Fact]
    public void The_fitted_temperature_gives_a_lower_out_of_fold_log_loss_than_its_neighbours()
    {
        var options = new TopicTrainingOptions { CalibrationFolds = 3, WeightedIdf = false };
        var fitted = LinearTopicTrainer.FitTemperature(SmallTopicData.Examples, options);

        Assert.InRange(fitted, 0.05, 20);
        var atFitted = LinearTopicTrainer.OutOfFoldLogLoss(SmallTopicData.Examples, options, fitted);
        Assert.True(atFitted <= LinearTopicTrainer.OutOfFoldLogLoss(SmallTopicData.Examples, options, fitted * 1.5) + 1e-9);
        Assert.True(atFitted <= LinearTopicTrainer.OutOfFoldLogLoss(SmallTopicData.Examples, options, fitted / 1.5) + 1e-9);
    }

    [Fact]
    public void A_calibrated_model_saved_and_loaded_keeps_its_scores()
    {
        var calibrated = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 3 });
        using var stream = new MemoryStream();
        calibrated.Save(stream);
        stream.Position = 0;
        var loaded = TopicClassifier.Load(stream);

        Assert.Equal(calibrated.Predict("Snow and ice on the roads."), loaded.Predict("Snow and ice on the roads."));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    [InlineData(21)]
    public void Calibration_folds_are_0_or_2_to_20(int folds)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = folds }));
    }

    [Fact]
    public void Weighted_idf_changes_nothing_when_every_text_weighs_the_same_and_something_when_they_differ()
    {
        var weighted = new TopicTrainingOptions { CalibrationFolds = 0, WeightedIdf = true };
        const string Text = "Heavy rain and wind at the football match.";
        Assert.Equal(TopicClassifier.Train(SmallTopicData.Examples, Plain).Predict(Text),
            TopicClassifier.Train(SmallTopicData.Examples, weighted).Predict(Text));

        // Weigh the cooking texts up: their words become "common", so with weighted IDF they count for less.
        var uneven = SmallTopicData.Examples.Select(e => e.Label == "cooking" ? e with { Weight = 5 } : e).ToList();
        Assert.NotEqual(TopicClassifier.Train(uneven, Plain).Predict(Text)[0].Score,
            TopicClassifier.Train(uneven, weighted).Predict(Text)[0].Score);
    }
}
