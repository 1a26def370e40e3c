using TextInsight.Structure;
using TextInsight.Structure.Html;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// The 83 development pages of the Scrapinghub article-extraction benchmark (../shared/data/article-extraction-dev),
/// scored with the benchmark's own metric. The floor is the F1 measured when the extractor was tuned (0.976), less 0.005.
/// </summary>
public class HtmlExtractionBenchmarkTests
{
    // Both tests read the same extractions: the pages are parsed once per test run.
    private static readonly Lazy<List<(string Truth, ArticleStructure Structure)>> Extracted = new(() =>
    {
        string folder = Path.Combine(RepoPaths.SharedData, "article-extraction-dev");
        var result = new List<(string, ArticleStructure)>();
        foreach (var (_, html, truth) in ExtractionBenchmark.Load(Path.Combine(folder, "html"), Path.Combine(folder, "ground-truth.json")))
        {
            result.Add((truth, HtmlArticleParser.Default.Parse(html)));
        }

        return result;
    });

    [SharedDataFact]
    public void Dev_pages_F1_stays_above_its_floor()
    {
        var counts = new List<ShingleCounts>();
        foreach (var (truth, structure) in Extracted.Value)
        {
            counts.Add(ShingleMatcher.Match(truth, structure.GetBody()));
        }

        var (precision, recall, f1) = ShingleMatcher.Aggregate(counts);
        Assert.Equal(83, counts.Count);
        Assert.True(f1 >= 0.971, $"F1 {f1:F4} (precision {precision:F4}, recall {recall:F4}) fell below 0.971");
    }

    [SharedDataFact]
    public void Dev_pages_spans_hold_their_invariants()
    {
        foreach (var (_, structure) in Extracted.Value)
        {
            HtmlSpanInvariants.AssertHold(structure);
        }
    }
}
