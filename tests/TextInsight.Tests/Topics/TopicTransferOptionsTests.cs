using TextInsight.Entities.Ner;
using TextInsight.Tests.Support;
using TextInsight.Topics;

namespace TextInsight.Tests.Topics;

/// <summary>The options tried for issue 21 (lead words counted twice, word-cluster features, a vocabulary shared across
/// periods) and the error explanation of <c>evaluate topics --explain</c>; none is a default.</summary>
public sealed class TopicTransferOptionsTests
{
    private static readonly TopicFeatureSettings Words = new(1, RemoveStopWords: false, Stem: false, IgnoreNames: false);

    [Fact]
    public void Lead_words_are_counted_twice_and_later_words_once()
    {
        var lead = Features("mobile phone makers", Words with { LeadWords = 1 });
        var plain = Features("mobile phone makers", Words);

        Assert.Equal(4, lead.Count);
        Assert.Equal(plain[0], lead[0]);
        Assert.Equal(plain[0], lead[1]);
        Assert.Equal(plain[1..], lead[2..]);
    }

    [Fact]
    public void Words_of_one_cluster_share_their_cluster_features_and_unknown_words_add_none()
    {
        var clusters = new NerClusters(new Dictionary<ulong, ushort>
        {
            [TokenAtoms.Compute("Twitter").Word] = 0x123,
            [TokenAtoms.Compute("Facebook").Word] = 0x123,
            [TokenAtoms.Compute("broadband").Word] = 0x12A,
        });

        var twitter = Features("Twitter", Words, clusters);
        var facebook = Features("Facebook", Words, clusters);
        var broadband = Features("broadband", Words, clusters);

        Assert.Equal(3, twitter.Count);
        Assert.Equal(twitter[1..], facebook[1..]);
        Assert.NotEqual(twitter[0], facebook[0]);
        Assert.Equal(twitter[1], broadband[1]); // the same cluster of 256 (0x12)
        Assert.NotEqual(twitter[2], broadband[2]); // different clusters of 4,096
        Assert.Single(Features("cinema", Words, clusters));
    }

    [Fact]
    public void A_model_with_lead_words_and_clusters_saved_and_loaded_keeps_its_settings_and_scores()
    {
        var clusters = new NerClusters(new Dictionary<ulong, ushort>
        {
            [TokenAtoms.Compute("rain").Word] = 0x010,
            [TokenAtoms.Compute("snow").Word] = 0x010,
            [TokenAtoms.Compute("goal").Word] = 0x200,
        });
        var options = new TopicTrainingOptions { CalibrationFolds = 0, LeadWords = 3, Clusters = clusters, MinimumDocumentFrequency = 1 };
        var model = TopicClassifier.Train(SmallTopicData.Examples, options);
        using var stream = new MemoryStream();
        model.Save(stream);
        Assert.Equal(2, BitConverter.ToInt32(stream.GetBuffer(), 4));
        stream.Position = 0;
        var loaded = TopicClassifier.Load(stream);

        Assert.Contains("first 3 words twice", loaded.Description, StringComparison.Ordinal);
        Assert.Contains("clusters of 3 words", loaded.Description, StringComparison.Ordinal);
        foreach (var text in new[] { "Snow and ice on the roads.", "A late goal won the match.", "Bake the bread." })
        {
            Assert.Equal(model.Predict(text), loaded.Predict(text));
        }
    }

    [Fact]
    public void A_model_without_the_new_options_is_written_in_format_version_1()
    {
        var model = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 0 });
        using var stream = new MemoryStream();
        model.Save(stream);

        Assert.Equal(1, BitConverter.ToInt32(stream.GetBuffer(), 4));
    }

    [Fact]
    public void Vocabulary_groups_keep_only_features_every_group_has_unless_the_bridge_texts_have_them()
    {
        var examples = SmallTopicData.Examples;
        var first = examples.Where((_, i) => i % 2 == 0).Select(e => e.Text).ToList();
        var second = examples.Where((_, i) => i % 2 == 1).Select(e => e.Text).ToList();
        LinearTopicModel Train(TopicTrainingOptions options) =>
            LinearTopicTrainer.Train(examples, options);

        var all = Train(new TopicTrainingOptions { CalibrationFolds = 0, MinimumDocumentFrequency = 1 });
        var shared = Train(new TopicTrainingOptions { CalibrationFolds = 0, MinimumDocumentFrequency = 1, VocabularyGroups = [first, second] });
        var bridged = Train(new TopicTrainingOptions
        {
            CalibrationFolds = 0, MinimumDocumentFrequency = 1, VocabularyGroups = [first, second], BridgeTexts = [.. examples.Select(e => e.Text)],
        });

        Assert.InRange(shared.FeatureCount, 1, all.FeatureCount / 2);
        Assert.Equal(all.FeatureCount, bridged.FeatureCount);
        Assert.Contains("features in all 2 folders or in 30 unlabeled texts", bridged.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_names_the_words_that_push_a_text_towards_a_label_largest_first()
    {
        var model = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 0, MinimumDocumentFrequency = 1 });

        var reasons = model.Explain("The striker scored a late goal in the league match.", "weather", "football", 4);

        Assert.Equal(4, reasons.Count);
        Assert.All(reasons, r => Assert.DoesNotContain("#", r.Feature, StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Feature is "striker" or "league" or "match" or "scored" or "league match");
        Assert.True(reasons.Zip(reasons.Skip(1)).All(p => p.First.Contribution >= p.Second.Contribution));
        Assert.True(reasons[0].Contribution > 0);
        Assert.Empty(model.Explain("Any text.", "weather", "no such label", 4));
    }

    [Fact]
    public void Label_offsets_fitted_on_one_label_s_texts_raise_that_label_and_stay_in_format_1()
    {
        var weather = SmallTopicData.Examples.Where(e => e.Label == "weather").Select(e => e.Text).ToHashSet(StringComparer.Ordinal);
        var plain = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 3 });
        var shifted = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 3, FitLabelOffsets = true, OffsetTexts = weather });

        Assert.Contains("label offsets fitted on 10 texts", shifted.Description, StringComparison.Ordinal);
        var raised = 0;
        foreach (var (_, text) in SmallTopicData.Rows)
        {
            var before = plain.Predict(text).Single(s => s.Label == "weather").Score;
            var after = shifted.Predict(text).Single(s => s.Label == "weather").Score;
            Assert.True(after >= before - 1e-6, $"{text}: {before} -> {after}");
            raised += after > before + 1e-4 ? 1 : 0;
        }

        Assert.True(raised > SmallTopicData.Rows.Length / 2, $"only {raised} texts");
        using var stream = new MemoryStream();
        shifted.Save(stream);
        Assert.Equal(1, BitConverter.ToInt32(stream.GetBuffer(), 4));
        stream.Position = 0;
        Assert.Equal(shifted.Predict("Rain and wind."), TopicClassifier.Load(stream).Predict("Rain and wind."));
    }

    [Fact]
    public void The_idf_power_sharpens_the_weights_of_rare_words_and_must_be_positive()
    {
        var plain = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 0, MinimumDocumentFrequency = 1 });
        var squared = TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { CalibrationFolds = 0, MinimumDocumentFrequency = 1, IdfPower = 2 });

        Assert.Contains("IDF to the power 2", squared.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("IDF to the power", plain.Description, StringComparison.Ordinal);
        Assert.NotEqual(plain.Predict("Rain in the league match.")[0].Score, squared.Predict("Rain in the league match.")[0].Score, 6);
        Assert.Throws<ArgumentOutOfRangeException>(() => TopicClassifier.Train(SmallTopicData.Examples, new TopicTrainingOptions { IdfPower = 0 }));
    }

    [Fact]
    public async Task Evaluate_topics_explain_lists_the_words_behind_each_error()
    {
        var rows = SmallTopicData.Rows.ToArray();
        var train = SmallTopicData.WriteCsv("text,label", rows);
        rows[0] = ("weather", rows[0].Text); // a cooking text labelled weather: read wrongly on purpose
        var test = SmallTopicData.WriteCsv("text,label", rows);
        var model = Path.Combine(Path.GetTempPath(), $"textinsight-topics-{Guid.NewGuid():N}.bin");
        try
        {
            var trained = await CliRunner.RunAsync("train", "topics", "--csv", train, "--min-df", "1", "--calibration-folds", "0", "--out", model);
            var result = await CliRunner.RunAsync("evaluate", "topics", "--csv", test, "--model", model, "--errors", "--explain", "3");

            Assert.Equal(0, trained.ExitCode);
            Assert.Equal(0, result.ExitCode);
            var lines = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var error = lines.FindIndex(l => l.StartsWith("row 1  weather -> cooking ", StringComparison.Ordinal));
            Assert.True(error >= 0, result.Output);
            Assert.Matches(@"^    \S.* \+\d\.\d\d, .* \+\d\.\d\d, .* [+-]\d\.\d\d$", lines[error + 1]);
        }
        finally
        {
            File.Delete(train);
            File.Delete(test);
            File.Delete(model);
        }
    }

    private static List<ulong> Features(string text, TopicFeatureSettings settings, NerClusters? clusters = null)
    {
        var sink = new Collect { Hashes = [] };
        TopicFeaturizer.Extract(text, settings, clusters, ref sink);
        return sink.Hashes;
    }

    private struct Collect : ITopicFeatureSink
    {
        public List<ulong> Hashes;

        public readonly void Add(ulong hash) => Hashes.Add(hash);
    }
}
