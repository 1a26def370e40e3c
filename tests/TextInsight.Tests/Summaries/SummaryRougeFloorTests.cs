using TextInsight.Cli.Commands;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Summaries;

/// <summary>
/// ROUGE-2 of the tuned summarizer on a fixed sample of the BBC News Summary data: every ninth article in path order
/// (198 articles), against plain TextRank. Floors sit a little under the measured figures (55.06 and 71.10; plain TextRank 54.17 and 70.40).
/// </summary>
public class SummaryRougeFloorTests
{
    private static readonly Lazy<List<SummaryEvaluationItem>> Sample = new(LoadSample);

    [SharedDataTheory]
    [InlineData(3, 0.0, 0.545)]
    [InlineData(0, 0.3, 0.705)]
    public void TextInsight_beats_plain_TextRank_above_a_floor(int sentences, double ratio, double floor)
    {
        var length = ratio > 0 ? SummaryLength.FromRatio(ratio) : SummaryLength.FromSentences(sentences);
        var items = Sample.Value;

        double ours = SummaryEvaluator.Mean("TextInsight", items, SummarizerWeights.Default, length).Rouge2;
        double textRank = SummaryEvaluator.Mean("TextRank", items, SummarizerWeights.Default, length).Rouge2;

        Assert.Equal(198, items.Count);
        Assert.True(ours >= floor, $"ROUGE-2 {ours:0.0000} is under the floor {floor}");
        Assert.True(ours > textRank, $"ROUGE-2 {ours:0.0000} does not beat plain TextRank's {textRank:0.0000}");
    }

    private static List<SummaryEvaluationItem> LoadSample()
    {
        string articles = Path.Combine(RepoPaths.SharedData, "bbc", "articles");
        string summaries = Path.Combine(RepoPaths.SharedData, "bbc", "summaries");
        var ids = Directory.GetFiles(articles, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(articles, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 9 == 0)
            .ToList();
        var evaluator = new SummaryEvaluator();
        return ids.Select(id => evaluator.Prepare(
            id,
            EvaluateSummariesCommand.Read(Path.Combine(articles, id)),
            EvaluateSummariesCommand.Read(Path.Combine(summaries, id)))).ToList();
    }
}
