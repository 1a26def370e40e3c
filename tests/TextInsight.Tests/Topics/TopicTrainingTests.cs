using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

public sealed class TopicTrainingTests
{
    private static readonly Lazy<TopicClassifier> Small = new(() => TopicClassifier.Train(SmallTopicData.Examples));

    [Theory]
    [InlineData("Bake the bread in a hot oven with butter and salt.", "cooking")]
    [InlineData("The striker scored a late goal to win the cup match.", "football")]
    [InlineData("Strong winds and heavy rain are forecast overnight.", "weather")]
    public void A_model_trained_on_a_few_dozen_texts_gets_new_texts_of_each_label_right(string text, string expected)
    {
        Assert.Equal(expected, Small.Value.Predict(text)[0].Label);
    }

    [Fact]
    public void The_model_knows_the_labels_of_its_training_data_in_ordinal_order()
    {
        Assert.Equal(["cooking", "football", "weather"], Small.Value.Labels);
    }

    [Fact]
    public void A_saved_and_loaded_model_gives_identical_scores()
    {
        using var stream = new MemoryStream();
        Small.Value.Save(stream);
        stream.Position = 0;
        var loaded = TopicClassifier.Load(stream);

        foreach (var (_, text) in SmallTopicData.Rows)
        {
            Assert.Equal(Small.Value.Predict(text), loaded.Predict(text));
        }
    }

    [Fact]
    public void A_model_saved_to_a_file_loads_from_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"textinsight-topics-{Guid.NewGuid():N}.zip");
        try
        {
            Small.Value.Save(path);
            var loaded = TopicClassifier.Load(path);
            Assert.Equal(Small.Value.Predict("Snow and ice on the roads."), loaded.Predict("Snow and ice on the roads."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_scores()
    {
        var again = TopicClassifier.Train(SmallTopicData.Examples);
        Assert.Equal(Small.Value.Predict("Fry the garlic in oil."), again.Predict("Fry the garlic in oil."));
    }

    [Fact]
    public void Training_on_one_label_is_refused_with_the_label_named()
    {
        var football = SmallTopicData.Examples.Where(e => e.Label == "football");

        var error = Assert.Throws<TopicTrainingDataException>(() => TopicClassifier.Train(football));

        Assert.Equal("Topic training needs at least two distinct labels; found only 'football'.", error.Message);
    }

    [Fact]
    public void A_label_with_too_few_examples_is_refused_with_the_minimum_stated()
    {
        var examples = SmallTopicData.Examples.Where(e => e.Label != "weather")
            .Concat(SmallTopicData.Examples.Where(e => e.Label == "weather").Take(3));

        var error = Assert.Throws<TopicTrainingDataException>(() => TopicClassifier.Train(examples));

        Assert.Equal(
            "Each label needs at least 5 examples (TopicTrainingOptions.MinimumExamplesPerLabel): 'weather' has 3. Add examples or drop the label.",
            error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void A_weight_that_is_not_positive_is_refused_with_the_example_named(double weight)
    {
        var examples = SmallTopicData.Examples.ToList();
        examples[3] = examples[3] with { Weight = weight };

        var error = Assert.Throws<TopicTrainingDataException>(() => TopicClassifier.Train(examples));

        Assert.StartsWith("Training example row 4 has weight ", error.Message);
    }

    [Fact]
    public void The_default_learner_writes_a_model_that_loads_with_the_same_settings()
    {
        var options = new TopicTrainingOptions { Stem = true, IgnoreNames = true, WordNgramLength = 1, NaiveBayesWeight = 0 };
        var model = TopicClassifier.Train(SmallTopicData.Examples, options);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        var loaded = TopicClassifier.Load(stream);

        Assert.Equal(model.Description, loaded.Description);
        Assert.Contains("stemmed, names ignored", loaded.Description);
        Assert.Equal(model.Predict("Knead the dough and bake it."), loaded.Predict("Knead the dough and bake it."));
    }

    [Fact]
    public void Character_ngrams_with_the_default_learner_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CharNgramLength = 4 }));

        Assert.Equal("CharNgramLength", error.ParamName);
    }

    [Fact]
    public void Empty_texts_are_refused_with_their_rows_named()
    {
        var examples = SmallTopicData.Examples.ToList();
        examples[4] = examples[4] with { Text = "" };
        examples[17] = examples[17] with { Text = "  \n" };

        var error = Assert.Throws<TopicTrainingDataException>(() => TopicClassifier.Train(examples));

        Assert.Equal("2 training example(s) have an empty text or label: row 5, row 18. Fill them in or remove them.", error.Message);
    }

    [Fact]
    public void Cross_validation_removes_duplicate_texts_and_scores_every_distinct_text_once()
    {
        var examples = SmallTopicData.Examples.Concat(SmallTopicData.Examples.Take(4)).ToList();

        var result = TopicClassifier.CrossValidate(examples, folds: 3);

        Assert.Equal(4, result.DuplicatesRemoved);
        Assert.Equal(30, result.Evaluation.Count);
        Assert.Equal(3, result.FoldAccuracies.Count);
        Assert.Equal([10, 10, 10], result.Evaluation.PerLabel.Select(m => m.Support));
    }

    [Fact]
    public void Cross_validation_needs_as_many_texts_per_label_as_folds()
    {
        var error = Assert.Throws<TopicTrainingDataException>(() => TopicClassifier.CrossValidate(SmallTopicData.Examples, folds: 12));

        Assert.Equal(
            "Cross-validation with 12 folds needs at least 12 distinct texts per label: 'cooking' has 10, 'football' has 10, 'weather' has 10.",
            error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_topic_model_is_refused()
    {
        using var stream = new MemoryStream("not a model"u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => TopicClassifier.Load(stream));

        Assert.StartsWith("This is not a readable TextInsight topic model", error.Message);
    }
}
