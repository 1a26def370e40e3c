using System.IO.Compression;
using System.Text.Json;
using TextInsight.Cli.Commands;
using TextInsight.Structure;
using TextInsight.Structure.Evaluation;
using TextInsight.Structure.Training;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>The trained plain-text structure model: training, evaluation, its file and the command that scores it.</summary>
public sealed class StructureModelTests : IDisposable
{
    private static readonly Lazy<StructureModel> SmallModel = new(TrainSmall);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("textinsight-structure-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static string ArticleExtractionDev => Path.Combine(RepoPaths.SharedData, "article-extraction-dev");

    /// <summary>Trains on 24 pages of the training part, with few trees, so that the test stays quick.</summary>
    private static StructureModel TrainSmall()
    {
        var trainer = new StructureTrainer();
        foreach (var (id, html, truth) in StructurePages.Read(ArticleExtractionDev, PagePart.Train).Take(24))
        {
            trainer.Add(id, html, truth);
        }

        return trainer.Train(new StructureTrainingOptions { Trees = 15, Depth = 3, TitleTrees = 10 }, TextWriter.Null);
    }

    [SharedDataFact]
    public void Model_trained_on_a_small_sample_beats_keeping_every_line_on_pages_it_did_not_see()
    {
        var parser = new ArticleParser(SmallModel.Value);
        var pages = StructurePages.Read(ArticleExtractionDev, PagePart.Dev).ToList();
        Assert.NotEmpty(pages);

        var whole = StructureEvaluator.Run(pages, parser, RenderScope.Page, blankLines: false, captions: true);
        var region = StructureEvaluator.Run(pages, parser, RenderScope.Region, blankLines: true, captions: true);

        Assert.True(whole.F1 > whole.KeepAllF1 + 0.05, $"whole page: F1 {whole.F1:F3}, keeping every line {whole.KeepAllF1:F3}");
        Assert.True(region.F1 > region.KeepAllF1, $"article region: F1 {region.F1:F3}, keeping every line {region.KeepAllF1:F3}");
    }

    [SharedDataFact]
    public void Headline_pass_takes_its_own_depth_and_learning_rate()
    {
        var trainer = new StructureTrainer();
        foreach (var (id, html, truth) in StructurePages.Read(ArticleExtractionDev, PagePart.Train).Take(24))
        {
            trainer.Add(id, html, truth);
        }

        var options = new StructureTrainingOptions { Trees = 3, Depth = 3, TitleTrees = 3 };
        var same = trainer.Train(options, TextWriter.Null);
        var shallow = trainer.Train(options with { TitleDepth = 1 }, TextWriter.Null);
        var deep = trainer.Train(options with { Depth = 1, TitleDepth = 3 }, TextWriter.Null);
        var slow = trainer.Train(options with { TitleLearningRate = 0.05 }, TextWriter.Null);

        Assert.Equal(1, MaxDepth(shallow.Title));
        Assert.True(MaxDepth(shallow.Pass1) > 1);
        Assert.Equal(1, MaxDepth(deep.Pass1));
        Assert.True(MaxDepth(deep.Title) > 1);

        // The first tree starts from the same margins, so it splits alike and its leaves scale with the rate (0.05 / 0.2).
        var first = FirstTreeLeaves(same.Title);
        var firstSlow = FirstTreeLeaves(slow.Title);
        Assert.Equal(first.Count, firstSlow.Count);
        for (int i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i] * 0.25, firstSlow[i], 1e-5);
        }

        Assert.Equal(FirstTreeLeaves(same.Pass2), FirstTreeLeaves(slow.Pass2));
    }

    private static int MaxDepth(BoostedTrees trees)
    {
        var (feature, _, left, right, roots) = trees.Nodes;
        int Depth(int node) => feature[node] < 0 ? 0 : 1 + Math.Max(Depth(left[node]), Depth(right[node]));
        return roots.Length == 0 ? 0 : roots.Max(Depth);
    }

    private static List<double> FirstTreeLeaves(BoostedTrees trees)
    {
        var (feature, threshold, left, right, roots) = trees.Nodes;
        var leaves = new List<double>();
        void Walk(int node)
        {
            if (feature[node] < 0)
            {
                leaves.Add(threshold[node]);
                return;
            }

            Walk(left[node]);
            Walk(right[node]);
        }

        Walk(roots[0]);
        return leaves;
    }

    [SharedDataFact]
    public void Model_file_round_trips_to_the_same_probabilities()
    {
        var model = SmallModel.Value;
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;
        var read = StructureModel.Read(stream);

        string text = SeedArticle.Text;
        var units = ArticleParser.ReadUnits(text).ToArray();
        var (b1, t1) = (new double[units.Length], new double[units.Length]);
        var (b2, t2) = (new double[units.Length], new double[units.Length]);
        model.Predict(text, units, b1, t1);
        read.Predict(text, units, b2, t2);
        Assert.Equal(b1, b2);
        Assert.Equal(t1, t2);
    }

    [Fact]
    public void A_file_that_is_not_a_structure_model_is_refused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5]);
        Assert.Throws<InvalidDataException>(() => StructureModel.Read(stream));
    }

    [Fact]
    public void Evaluate_structure_scores_rendered_pages_against_the_truth()
    {
        string pages = Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "HtmlPages");
        var html = _dir.CreateSubdirectory("html");
        File.Copy(Path.Combine(pages, "news-brief.html"), Path.Combine(html.FullName, "a.html"));
        using (var gz = new GZipStream(File.Create(Path.Combine(html.FullName, "b.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(File.ReadAllBytes(Path.Combine(pages, "blog-gardening.html")));
        }

        var truth = new Dictionary<string, Dictionary<string, string>>
        {
            ["a"] = new() { ["articleBody"] = Body(Path.Combine(pages, "news-brief.expected.json")) },
            ["b"] = new() { ["articleBody"] = Body(Path.Combine(pages, "blog-gardening.expected.json")) },
        };
        string truthFile = Path.Combine(_dir.FullName, "truth.json");
        File.WriteAllText(truthFile, JsonSerializer.Serialize(truth));
        var stdout = new StringWriter();

        int code = EvaluateStructureCommand.Run(
            html, new FileInfo(truthFile), [], RenderScope.Page, blankLines: true, captions: true, PagePart.All, modelFile: null, rules: false, perPage: true, stdout, new StringWriter());

        Assert.Equal(0, code);
        string output = stdout.ToString();
        Assert.Contains("pages=2  precision=", output, StringComparison.Ordinal);
        Assert.Contains("titles right=", output, StringComparison.Ordinal);
        Assert.Contains("a\tP=", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_structure_without_pages_is_a_usage_error()
    {
        var stderr = new StringWriter();
        int code = EvaluateStructureCommand.Run(null, null, [], RenderScope.Region, true, true, PagePart.All, null, false, false, new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("--data", stderr.ToString(), StringComparison.Ordinal);
    }

    private static string Body(string expectedFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(expectedFile));
        var parts = new List<string>();
        foreach (var section in doc.RootElement.GetProperty("sections").EnumerateArray())
        {
            foreach (var p in section.GetProperty("paragraphs").EnumerateArray())
            {
                parts.Add(p.GetString()!);
            }
        }

        return string.Join("\n\n", parts);
    }
}
