using System.CommandLine;
using TextInsight.Cli;

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
    public void Train_topics_writes_a_model_that_evaluate_topics_scores()
    {
        var csv = Csv("body,topic", SmallTopicData.Rows);
        var model = Temp(".zip");

        var train = Run("train", "topics", "--csv", csv, "--text-column", "body", "--label-column", "topic", "--out", model);
        var evaluate = Run("evaluate", "topics", "--csv", csv, "--text-column", "body", "--label-column", "topic", "--model", model);

        Assert.Equal(0, train.ExitCode);
        Assert.StartsWith("Trained cooking, football, weather on 30 texts in ", train.Output);
        Assert.Equal(0, evaluate.ExitCode);
        Assert.Contains("Texts: 30  Accuracy: 1.0000  Macro-F1: 1.0000", evaluate.Output);
    }

    [Fact]
    public void A_missing_column_exits_with_2_and_lists_the_columns_that_exist()
    {
        var csv = Csv("body,topic", SmallTopicData.Rows);

        var result = Run("train", "topics", "--csv", csv, "--text-column", "text", "--label-column", "topic", "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: The CSV file {csv} has no column 'text' (--text-column); its columns are: 'body', 'topic'.", LastLine(result.Error));
    }

    [Fact]
    public void Empty_texts_exit_with_2_and_name_their_rows()
    {
        var rows = SmallTopicData.Rows.ToArray();
        rows[2] = (rows[2].Label, "");
        var csv = Csv("text,label", rows);

        var result = Run("train", "topics", "--csv", csv, "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: 1 training example(s) have an empty text or label: row 3. Fill them in or remove them.", LastLine(result.Error));
    }

    [Fact]
    public void A_label_with_too_few_examples_exits_with_2_and_states_the_minimum()
    {
        var csv = Csv("text,label", SmallTopicData.Rows.Take(22));

        var result = Run("train", "topics", "--csv", csv, "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "error: Each label needs at least 5 examples (TopicTrainingOptions.MinimumExamplesPerLabel): 'weather' has 2. Add examples or drop the label.",
            LastLine(result.Error));
    }

    [Fact]
    public void A_single_label_exits_with_2()
    {
        var csv = Csv("text,label", SmallTopicData.Rows.Take(10));

        var result = Run("train", "topics", "--csv", csv, "--out", Temp(".zip"));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Topic training needs at least two distinct labels; found only 'cooking'.", LastLine(result.Error));
    }

    [Fact]
    public void Both_csv_and_folder_exit_with_2()
    {
        var result = Run("evaluate", "topics", "--csv", "a.csv", "--folder", "b");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Give exactly one of --csv FILE or --folder DIR.", LastLine(result.Error));
    }

    [Fact]
    public void Evaluate_topics_with_folds_cross_validates_training()
    {
        var csv = Csv("text,label", SmallTopicData.Rows);

        var result = Run("evaluate", "topics", "--csv", csv, "--folds", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Cross-validation: 3 folds, 30 distinct texts (0 duplicates removed); word 1-2-grams", result.Output);
        Assert.Contains("Confusion matrix (rows: gold, columns: predicted):", result.Output);
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.BuildRootCommand().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

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
