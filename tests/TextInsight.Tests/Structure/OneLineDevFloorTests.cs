using TextInsight.Structure.Evaluation;
using TextInsight.Tests.Support;
using TextInsight.Topics;

namespace TextInsight.Tests.Structure;

/// <summary>
/// Floors for BBC articles flattened to one line, on the half of ../shared/data/bbc that the headline model was neither
/// trained nor tuned on (part 1 of 2), a little under the figures measured there (docs/PERFORMANCE.md).
/// </summary>
public class OneLineDevFloorTests
{
    [SharedDataFact]
    public void Bbc_articles_on_one_line_keep_their_sentences_topics_and_most_titles()
    {
        var texts = TopicCorpus.SelectPart(TopicCorpus.ReadFolder(Path.Combine(RepoPaths.SharedData, "bbc", "articles")), 1, 2);
        var report = OneLineEvaluator.Run(TextAnalyzer.CreateDefault(), [.. texts.Select(t => (t.Text, (string?)t.Label, t.Source ?? ""))], Environment.ProcessorCount);
        int n = report.Articles.Count;

        Assert.Equal(889, n);
        Assert.True(report.WithinTenPercent >= n * 0.96, $"{report.WithinTenPercent} of {n} within 10%");
        Assert.InRange(report.TotalSentenceRatio, 0.98, 1.02);
        Assert.True(Math.Abs(report.FlatAccuracy - report.Accuracy) <= 0.005, $"topic accuracy {report.Accuracy} against {report.FlatAccuracy}");
        Assert.Equal(0, report.Titles(OneLineTitle.TooLong));
        Assert.Equal(n, report.WithBody);
        Assert.True(report.SameTitle >= n * 0.60, $"{report.SameTitle} titles found again");
        Assert.True(report.SummaryOverlap >= 0.94, $"summary word F1 {report.SummaryOverlap}");
        Assert.True(report.EntityF1 >= 0.98, $"entity F1 {report.EntityF1}");
    }
}
