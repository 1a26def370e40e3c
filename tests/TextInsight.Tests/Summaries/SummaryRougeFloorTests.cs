using TextInsight.Cli.Commands;
using TextInsight.Summaries;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Summaries;

/// <summary>
/// ROUGE-2 of the trained summarizer on articles it was not trained on: every fourth distinct BBC article in path order
/// (445 files; a repeated text is kept once); a model is trained inside the test on four fifths of them and scores the
/// other fifth (89 articles), against plain TextRank on the same fifth. Measured: 58.58 against 55.45 at 3 sentences,
/// 71.18 against 68.10 at a ratio of 0.3; the floors sit a little under, and the margin over TextRank must be 2 points.
/// The 5-fold figure over all the data is in src/TextInsight/Models/README.md.
/// </summary>
public class SummaryRougeFloorTests
{
    private static readonly Lazy<(List<SummaryEvaluationItem> Train, List<SummaryEvaluationItem> Test)> Sample = new(LoadSample);
    private static readonly Lazy<SummaryModel> Model = new(() => SummaryModelTrainer.Train(Sample.Value.Train, 1, 0.5, 100, 3));

    [SharedDataTheory]
    [InlineData(3, 0.0, FloorThreeSentences)]
    [InlineData(0, 0.3, FloorRatio)]
    public void Model_trained_without_the_held_out_articles_beats_plain_TextRank_on_them_by_two_points(int sentences, double ratio, double floor)
    {
        var length = ratio > 0 ? SummaryLength.FromRatio(ratio) : SummaryLength.FromSentences(sentences);
        var test = Sample.Value.Test;

        double ours = SummaryEvaluator.Mean("TextInsight", test, Model.Value, SummarizerWeights.Default, length).Rouge2;
        double textRank = SummaryEvaluator.Mean("TextRank", test, null, SummarizerWeights.Default, length).Rouge2;

        Assert.Equal(89, test.Count);
        Assert.True(ours >= floor, $"ROUGE-2 {ours:0.0000} is under the floor {floor}");
        Assert.True(ours >= textRank + 0.02, $"ROUGE-2 {ours:0.0000} does not beat plain TextRank's {textRank:0.0000} by 2 points");
    }

    [SharedDataFact]
    public void Training_twice_on_the_same_articles_gives_the_same_bytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        Model.Value.Save(first);
        SummaryModelTrainer.Train(Sample.Value.Train, 1, 0.5, 100, 3).Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }

    private const double FloorThreeSentences = 0.580;
    private const double FloorRatio = 0.705;

    private static (List<SummaryEvaluationItem>, List<SummaryEvaluationItem>) LoadSample()
    {
        string articles = Path.Combine(RepoPaths.SharedData, "bbc", "articles");
        string summaries = Path.Combine(RepoPaths.SharedData, "bbc", "summaries");
        var ids = Directory.GetFiles(articles, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(articles, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 4 == 0)
            .ToList();
        var evaluator = new SummaryEvaluator();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<SummaryEvaluationItem>();
        foreach (var id in ids)
        {
            string text = EvaluateSummariesCommand.Read(Path.Combine(articles, id));
            if (seen.Add(text))
            {
                items.Add(evaluator.Prepare(id, text, EvaluateSummariesCommand.Read(Path.Combine(summaries, id))));
            }
        }

        return (items.Where((_, i) => i % 5 != 0).ToList(), items.Where((_, i) => i % 5 == 0).ToList());
    }
}
