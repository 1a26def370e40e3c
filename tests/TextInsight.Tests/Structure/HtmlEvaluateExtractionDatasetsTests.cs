using System.Text.Json;
using TextInsight.Cli.Commands;
using TextInsight.Structure.Html;

namespace TextInsight.Tests.Structure;

/// <summary><c>evaluate extraction --data</c> over a folder of two tiny team-written datasets, with scores worked out by hand.</summary>
public sealed class HtmlEvaluateExtractionDatasetsTests : IDisposable
{
    private const string Page = "<html><head><title>Budget vote</title></head><body><article><p>One two three four five.</p><p>Six seven eight nine ten.</p></article></body></html>";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("textinsight-evalsets-");

    public HtmlEvaluateExtractionDatasetsTests()
    {
        // alpha: the truth is the whole extracted text. beta: the truth is the first paragraph only, so the second adds
        // 5 false 4-gram shingles to 2 true ones (P = 2/7, R = 1, F1 = 4/9) and 5 of 10 tokens (ROUGE-LSum F1 = 2/3).
        WriteSet("alpha", ("a", "One two three four five.\nSix seven eight nine ten."));
        WriteSet("beta", ("b", "One two three four five."));
    }

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Prints_each_set_and_the_macro_mean_of_both_metrics()
    {
        var stdout = new StringWriter();

        int code = Run(new EvaluateExtractionCommand.Request(_dir, null, null, null, false, null, null), stdout, out _);

        Assert.Equal(0, code);
        string text = stdout.ToString();
        Assert.Contains("| alpha | textinsight | 1 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |", text, StringComparison.Ordinal);
        Assert.Contains("| beta | textinsight | 1 | 0.286 | 1.000 | 0.444 | 0.667 | 0.667 |", text, StringComparison.Ordinal);
        Assert.Contains("| macro (2 sets) | textinsight | 2 | 0.643 | 1.000 | 0.722 | 0.833 | 0.833 |", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_dataset_folder_is_one_set()
    {
        var stdout = new StringWriter();

        int code = Run(new EvaluateExtractionCommand.Request(new DirectoryInfo(Path.Combine(_dir.FullName, "beta")), null, null, null, false, null, null), stdout, out _);

        Assert.Equal(0, code);
        Assert.Contains("| beta | textinsight | 1 | 0.286 | 1.000 | 0.444 | 0.667 | 0.667 |", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("| macro (1 sets) |", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_half_keeps_only_the_pages_whose_id_falls_in_it()
    {
        // "a" hashes to the first half, "b" to the second.
        var first = new StringWriter();
        var second = new StringWriter();

        Run(new EvaluateExtractionCommand.Request(_dir, null, null, "first", false, null, null), first, out _);
        Run(new EvaluateExtractionCommand.Request(_dir, null, null, "second", false, null, null), second, out _);

        Assert.Contains("| alpha | textinsight | 1 |", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("| beta | textinsight | 0 |", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("| alpha | textinsight | 0 |", second.ToString(), StringComparison.Ordinal);
        Assert.Contains("| beta | textinsight | 1 |", second.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("b", false)]
    [InlineData("page2", true)]
    [InlineData("page1", false)]
    public void The_half_of_a_page_is_a_stable_hash_of_its_id(string id, bool first) =>
        Assert.Equal(first, ExtractionBenchmark.IsFirstHalf(id));

    [Fact]
    public void Writes_each_sets_extractions_to_its_own_folder()
    {
        var output = new DirectoryInfo(Path.Combine(_dir.FullName, "..", _dir.Name + "-out"));
        try
        {
            Run(new EvaluateExtractionCommand.Request(_dir, null, null, null, false, output, null), new StringWriter(), out _);

            Assert.Equal("One two three four five.\n\nSix seven eight nine ten.", File.ReadAllText(Path.Combine(output.FullName, "beta", "b.txt")));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_without_datasets_is_a_usage_error_that_names_it()
    {
        var empty = _dir.CreateSubdirectory("empty");

        int code = Run(new EvaluateExtractionCommand.Request(empty, null, null, null, false, null, null), new StringWriter(), out string stderr);

        Assert.Equal(2, code);
        Assert.Contains(empty.FullName + ": no_dataset", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Neither_data_nor_html_and_truth_is_a_usage_error()
    {
        int code = Run(new EvaluateExtractionCommand.Request(null, null, null, null, false, null, null), new StringWriter(), out string stderr);

        Assert.Equal(2, code);
        Assert.Contains("--data", stderr, StringComparison.Ordinal);
    }

    private static int Run(EvaluateExtractionCommand.Request request, StringWriter stdout, out string stderr)
    {
        var error = new StringWriter();
        int code = EvaluateExtractionCommand.Run(request, stdout, error);
        stderr = error.ToString();
        return code;
    }

    private void WriteSet(string name, params (string Id, string Truth)[] pages)
    {
        var set = _dir.CreateSubdirectory(name);
        var html = set.CreateSubdirectory("html");
        var truth = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (id, body) in pages)
        {
            File.WriteAllText(Path.Combine(html.FullName, id + ".html"), Page);
            truth[id] = new() { ["articleBody"] = body, ["url"] = string.Empty };
        }

        File.WriteAllText(Path.Combine(set.FullName, "ground-truth.json"), JsonSerializer.Serialize(truth));
    }
}
