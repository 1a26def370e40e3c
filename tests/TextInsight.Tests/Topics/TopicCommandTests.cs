using TextInsight.Tests.Support;

namespace TextInsight.Tests.Topics;

public sealed class TopicCommandTests : IDisposable
{
    private readonly List<string> _files = [];

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Train_topics_writes_a_model_that_evaluate_topics_scores()
    {
        var csv = Csv("body,topic", SmallTopicData.Rows);
        var model = Temp(".zip");

        var train = await Run("train", "topics", "--csv", csv, "--text-column", "body", "--label-column", "topic", "--out", model);
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

    private static Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(args);

    private static string LastLine(string text) => text.TrimEnd().Split('\n')[^1];

    private string Csv(string header, IEnumerable<(string Label, string Text)> rows)
    {
        var path = SmallTopicData.WriteCsv(header, rows);
        _files.Add(path);
        return path;
    }

    private string Temp(string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"textinsight-topics-{Guid.NewGuid():N}{extension}");
        _files.Add(path);
        return path;
    }
}
