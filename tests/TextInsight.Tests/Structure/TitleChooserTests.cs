using TextInsight.Structure;
using TextInsight.Structure.Training;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The title chooser (<see cref="TitleChooser"/>): how it picks its candidates, what its training learns, that it only
/// reorders (the best probability stays the headline pass's) and that it survives the model file.
/// </summary>
public sealed class TitleChooserTests
{
    private const int F = TitleChooser.FeatureCount;

    [Fact]
    public void Candidates_are_the_likeliest_eligible_units_likeliest_first_at_most_eight()
    {
        string text = string.Join("\n\n", Enumerable.Range(0, 12).Select(i => $"Line number {i} of the head"));
        var units = ArticleParser.ReadUnits(text).ToArray();
        var rows = new float[units.Length * LineFeatures.Width];
        double[] title = [0.2, 0.001, 0.5, 0.3, 0.05, 0.4, 0.5, 0.01, 0.02, 0.03, 0.04, 0.06];
        Span<int> candidates = stackalloc int[TitleChooser.MaxCandidates];

        int count = TitleChooser.FindCandidates(units, rows, title, units.Length, candidates);

        // Unit 1 is below the floor; of the rest, the eight likeliest (ties: the earlier first).
        Assert.Equal(8, count);
        Assert.Equal([2, 6, 5, 3, 0, 11, 4, 10], candidates[..count].ToArray());
    }

    [Fact]
    public void A_byline_or_date_line_is_no_candidate()
    {
        const string text = "Council approves the budget\n\nBy Jane Doe\n\nMarch 3, 2024";
        var units = ArticleParser.ReadUnits(text).ToArray();
        var rows = new float[units.Length * LineFeatures.Width];
        LineFeatures.Fill(text, units, rows);
        Span<int> candidates = stackalloc int[TitleChooser.MaxCandidates];

        int count = TitleChooser.FindCandidates(units, rows, [0.3, 0.6, 0.6], units.Length, candidates);

        Assert.Equal(3, units.Length);
        Assert.Equal([0], candidates[..count].ToArray());
    }

    [Fact]
    public void Training_learns_the_feature_that_marks_the_headline_over_the_headline_pass_order()
    {
        // Lists of four: the headline pass ranks a wrong line first (log-odds feature highest), and feature 22 (the
        // lead's words) marks the headline. Unpenalized, the chooser learns to follow feature 22; with a huge penalty
        // it keeps the headline pass's order.
        var trainer = new TitleChooserTrainer();
        var random = new Random(7);
        for (int l = 0; l < 200; l++)
        {
            var features = new float[4 * F];
            var positive = new bool[4];
            int headline = 1 + random.Next(3);
            positive[headline] = true;
            for (int k = 0; k < 4; k++)
            {
                features[k * F] = (float)(2 - k + random.NextDouble());
                features[(k * F) + 22] = k == headline ? 0.8f + (0.2f * (float)random.NextDouble()) : 0.3f * (float)random.NextDouble();
            }

            trainer.Add(features, positive);
        }

        Assert.Equal(200, trainer.Lists);
        Assert.Equal(200, trainer.CountRight(trainer.Train(l2: 0), _ => true));
        Assert.Equal(0, trainer.CountRight(trainer.Train(l2: 1e6), _ => true));
    }

    [Fact]
    public void Lists_without_a_headline_or_with_one_candidate_are_not_kept()
    {
        var trainer = new TitleChooserTrainer();
        trainer.Add(new float[2 * F], [false, false]);
        trainer.Add(new float[F], [true]);
        trainer.Add(new float[2 * F], [false, true]);

        Assert.Equal(1, trainer.Lists);
        Assert.Equal(2, trainer.Candidates);
    }

    /// <summary>A model with a chooser trained on 24 pages of the training part, with few trees, so that the tests stay quick.</summary>
    private static readonly Lazy<(StructureModel Model, int Lists)> SmallModel = new(() =>
    {
        var trainer = new StructureTrainer();
        foreach (var (id, html, truth) in StructurePages.Read(Path.Combine(RepoPaths.SharedData, "article-extraction-dev"), PagePart.Train).Take(24))
        {
            trainer.Add(id, html, truth);
        }

        var model = trainer.Train(new StructureTrainingOptions { Trees = 5, Depth = 3, TitleTrees = 5, Chooser = true }, TextWriter.Null);
        return (model, trainer.ChooserData!.Lists);
    });

    [SharedDataFact]
    public void Rescoring_keeps_the_best_probability_and_only_reorders()
    {
        var model = SmallModel.Value.Model;
        Assert.NotNull(model.Chooser);
        string text = HeadlineChoiceTests.Page;
        var units = ArticleParser.ReadUnits(text).ToArray();
        var body = new double[units.Length];
        var (withChooser, withoutChooser) = (new double[units.Length], new double[units.Length]);
        model.Predict(text, units, body, withChooser);
        model.WithChooser(null).Predict(text, units, body, withoutChooser);

        Assert.Equal(withoutChooser.Max(), withChooser.Max());
        for (int i = 0; i < units.Length; i++)
        {
            Assert.True(withChooser[i] <= withoutChooser.Max());
            Assert.Equal(withoutChooser[i] == 0, withChooser[i] == 0);
        }
    }

    [SharedDataFact]
    public void Model_file_with_a_chooser_round_trips_to_the_same_probabilities()
    {
        var (model, lists) = SmallModel.Value;
        Assert.NotNull(model.Chooser);
        Assert.True(lists > 0);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var read = StructureModel.Read(stream);

        Assert.Equal(model.Chooser!.Weights.ToArray(), read.Chooser!.Weights.ToArray());
        string text = HeadlineChoiceTests.Page;
        var units = ArticleParser.ReadUnits(text).ToArray();
        var (b1, t1, b2, t2) = (new double[units.Length], new double[units.Length], new double[units.Length], new double[units.Length]);
        model.Predict(text, units, b1, t1);
        read.Predict(text, units, b2, t2);
        Assert.Equal(t1, t2);
    }

    [Fact]
    public void A_model_without_a_chooser_is_written_as_format_2()
    {
        var model = StructureModel.Default!.WithChooser(null);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        reader.ReadString();

        Assert.Equal(2, reader.ReadInt32());
        stream.Position = 0;
        Assert.Null(StructureModel.Read(stream).Chooser);
    }
}
