using TextInsight.Tests.Support;

namespace TextInsight.Tests.Topics;

public sealed class TopicCommandTests : IDisposable
{
    private readonly List<string> _files = [];
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }

        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Train_topics_writes_a_model_that_evaluate_topics_scores()
    {
        var csv = Csv("body,topic", SmallTopicData.Rows);
        var model = Temp(".zip");

        // Thirty one-sentence texts share few words: --min-df 1 keeps the words seen once, so the model fits them all.
        var train = await Run("train", "topics", "--csv", csv, "--text-column", "body", "--label-column", "topic", "--min-df", "1", "--out", model);
        var evaluate = await Run("evaluate", "topics", "--csv", csv, "--text-column", "body", "--label-column", "topic", "--model", model);

        Assert.Equal(0, train.ExitCode);
        Assert.StartsWith("Trained cooking, football, weather on 30 texts in ", train.Output);
        Assert.Equal(0, evaluate.ExitCode);
        Assert.Contains("Texts: 30  Accuracy: 1.0000  Macro-F1: 1.0000", evaluate.Output);
    }

    [Fact]
    public async Task A_missing_column_exits_with_2_and_lists_the_columns_that_exist()
    {
        var csv = Csv("body,topic", SmallTopicData.Rows);

        var result = await Run("train", "topics", "--csv", csv, "--text-column", "text", "--label-column", "topic", "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: The CSV file {csv} has no column 'text' (--text-column); its columns are: 'body', 'topic'.", LastLine(result.Error));
    }

    [Fact]
    public async Task Empty_texts_exit_with_2_and_name_their_rows()
    {
        var rows = SmallTopicData.Rows.ToArray();
        rows[2] = (rows[2].Label, "");
        var csv = Csv("text,label", rows);

        var result = await Run("train", "topics", "--csv", csv, "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 1 training example(s) have an empty text or label: row 3. Fill them in or remove them.", LastLine(result.Error));
    }

    [Fact]
    public async Task A_label_with_too_few_examples_exits_with_2_and_states_the_minimum()
    {
        var csv = Csv("text,label", SmallTopicData.Rows.Take(22));

        var result = await Run("train", "topics", "--csv", csv, "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: Each label needs at least 5 examples (TopicTrainingOptions.MinimumExamplesPerLabel): 'weather' has 2. Add examples or drop the label.",
            LastLine(result.Error));
    }

    [Fact]
    public async Task A_single_label_exits_with_2()
    {
        var csv = Csv("text,label", SmallTopicData.Rows.Take(10));

        var result = await Run("train", "topics", "--csv", csv, "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Topic training needs at least two distinct labels; found only 'cooking'.", LastLine(result.Error));
    }

    [Fact]
    public async Task Both_csv_and_folder_exit_with_2()
    {
        var result = await Run("evaluate", "topics", "--csv", "a.csv", "--folder", "b");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Give exactly one of --csv FILE or --folder DIR.", LastLine(result.Error));
    }

    [Fact]
    public async Task Evaluate_topics_with_folds_cross_validates_training()
    {
        var csv = Csv("text,label", SmallTopicData.Rows);

        var result = await Run("evaluate", "topics", "--csv", csv, "--folds", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Cross-validation: 3 folds, 30 distinct texts (0 duplicates removed); word 1-2-grams", result.Output);
        Assert.Contains("Confusion matrix (rows: gold, columns: predicted):", result.Output);
    }

    [Fact]
    public async Task Evaluate_topics_trains_on_one_folder_and_scores_another_with_per_label_figures()
    {
        var train = Folder(SmallTopicData.Rows.Where((_, i) => i % 10 < 7));
        var test = Folder(SmallTopicData.Rows.Where((_, i) => i % 10 >= 7));

        var result = await Run("evaluate", "topics", "--train-folder", train, "--test-folder", test);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Trained on 21 texts of {train} (0 left out: also in the test set) in ", result.Output);
        Assert.Contains($"Tested on 9 texts of {test}", result.Output);
        Assert.Contains("label     precision  recall      f1  support", result.Output);
        Assert.Contains("football ", result.Output);
    }

    [Fact]
    public async Task Texts_of_the_test_folder_are_left_out_of_training()
    {
        var all = Folder(SmallTopicData.Rows);
        var test = Folder(SmallTopicData.Rows.Where((_, i) => i % 10 >= 7));

        var result = await Run("evaluate", "topics", "--train-folder", all, "--test-folder", test);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Trained on 21 texts of {all} (9 left out: also in the test set) in ", result.Output);
    }

    [Fact]
    public async Task Parts_split_a_folder_into_disjoint_halves()
    {
        var all = Folder(SmallTopicData.Rows);

        var result = await Run("evaluate", "topics", "--train-folder", all, "--train-part", "0/2", "--test-folder", all, "--test-part", "1/2");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"Trained on 15 texts of {all} part 0/2 (0 left out: also in the test set) in ", result.Output);
        Assert.Contains($"Tested on 15 texts of {all} part 1/2", result.Output);
    }

    [Fact]
    public async Task Several_parts_of_one_split_are_their_union()
    {
        var all = Folder(SmallTopicData.Rows);

        var union = await Run("evaluate", "topics", "--train-folder", all, "--train-part", "1,3/4", "--test-folder", all, "--test-part", "0,2/4", "--errors");
        var halves = await Run("evaluate", "topics", "--train-folder", all, "--train-part", "1/2", "--test-folder", all, "--test-part", "0/2", "--errors");

        Assert.Equal(0, union.ExitCode);
        Assert.Contains($"Tested on 15 texts of {all} part 0,2/4", union.Output);

        // The shuffle is the same for every N, so parts 1 and 3 of 4 are exactly half 1 of 2: same model, same figures.
        Assert.Equal(Figures(halves.Output), Figures(union.Output));
        Assert.Contains("Read wrongly (source, gold -> predicted score, first line):", union.Output);
        Assert.Matches(@"Calibration: log loss \d\.\d{4}, mean top score \d\.\d{4}, expected calibration error \d\.\d{4}", union.Output);
    }

    [Fact]
    public async Task Self_training_adds_the_unlabeled_texts_the_first_model_is_sure_of()
    {
        var train = Folder(SmallTopicData.Rows.Where((_, i) => i % 10 < 7));
        var test = Folder(SmallTopicData.Rows.Where((_, i) => i % 10 >= 7));
        var unlabeled = Temp(".txt");
        File.WriteAllLines(unlabeled,
        [
            "The striker scored a goal and the club won the league match.",
            "Bake the bread in the oven with butter and salt until golden.",
            .. SmallTopicData.Rows.Where((_, i) => i % 10 >= 7).Select(r => r.Text),
        ]);

        var result = await Run("evaluate", "topics", "--train-folder", train, "--test-folder", test, "--unlabeled", unlabeled, "--pseudo-threshold", "0.34", "--calibration-folds", "0");

        Assert.Equal(0, result.ExitCode);

        // The test texts among the unlabeled ones are left out, as they are left out of training.
        var line = result.Output.Split('\n').Single(l => l.StartsWith("Self-training:", StringComparison.Ordinal)).TrimEnd();
        Assert.StartsWith("Self-training: kept 2 of 11 unlabeled texts at top probability >= 0.34 (", line);
        Assert.EndsWith("), weighing 0.25 of the labeled texts in total", line);
    }

    [Fact]
    public async Task A_folder_weight_for_each_training_folder_is_required()
    {
        var first = Folder(SmallTopicData.Rows.Where((_, i) => i % 2 == 0));
        var second = Folder(SmallTopicData.Rows.Where((_, i) => i % 2 == 1));

        var weighted = await Run("evaluate", "topics", "--train-folder", first, "--train-folder", second, "--balance-folders", "--folder-weight", "1", "2", "--test-folder", second);
        var wrong = await Run("evaluate", "topics", "--train-folder", first, "--train-folder", second, "--folder-weight", "1", "--test-folder", second);

        Assert.Equal(0, weighted.ExitCode);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Equal("error: Give one positive --folder-weight for each of the 2 training folders; got 1.", LastLine(wrong.Error));
    }

    [Theory]
    [InlineData("2/2")]
    [InlineData("half")]
    [InlineData("0/1")]
    [InlineData("1,1/4")]
    [InlineData("1,/4")]
    public async Task A_malformed_part_exits_with_2(string part)
    {
        var all = Folder(SmallTopicData.Rows);

        var result = await Run("evaluate", "topics", "--train-folder", all, "--test-folder", all, "--test-part", part);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: --test-part must be K/N or K,L,.../N with N at least 2 and each K from 0 to N-1 (e.g. 0/2, 1,3/4); got '{part}'.", LastLine(result.Error));
    }

    [Fact]
    public async Task A_train_folder_without_a_test_folder_exits_with_2()
    {
        var result = await Run("evaluate", "topics", "--train-folder", Folder(SmallTopicData.Rows));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: --train-folder needs --test-folder: the texts to score the new model on.", LastLine(result.Error));
    }

    private static Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(args);

    private static string Figures(string output)
    {
        var start = output.IndexOf("Texts:", StringComparison.Ordinal);
        return output[start..output.IndexOf("Calibration:", start, StringComparison.Ordinal)];
    }

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];

    private string Csv(string header, IEnumerable<(string Label, string Text)> rows)
    {
        var path = SmallTopicData.WriteCsv(header, rows);
        _files.Add(path);
        return path;
    }

    private string Folder(IEnumerable<(string Label, string Text)> rows)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"textinsight-topics-{Guid.NewGuid():N}");
        var i = 0;
        foreach (var (label, text) in rows)
        {
            Directory.CreateDirectory(Path.Combine(folder, label));
            File.WriteAllText(Path.Combine(folder, label, $"{i++:D3}.txt"), text);
        }

        _folders.Add(folder);
        return folder;
    }

    private string Temp(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textinsight-topics-{Guid.NewGuid():N}{extension}");
        _files.Add(path);
        return path;
    }
}
