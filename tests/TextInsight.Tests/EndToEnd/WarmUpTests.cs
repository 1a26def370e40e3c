using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

public sealed class WarmUpTests
{
    [Fact]
    public async Task A_warmed_up_analyzer_gives_the_same_analysis_as_a_cold_one()
    {
        var warm = new TextAnalyzer();
        await warm.WarmUpAsync();

        string expected = AnalysisJson.Serialize(AnalysisJson.ToRecord(new TextAnalyzer().Analyze(SeedArticle.Text, "seed")));
        string actual = AnalysisJson.Serialize(AnalysisJson.ToRecord(warm.Analyze(SeedArticle.Text, "seed")));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(Stages.Structure)]
    [InlineData(Stages.Topics)]
    [InlineData(Stages.Sentences | Stages.Entities | Stages.Summary)]
    public async Task Warming_up_any_set_of_stages_completes(Stages stages)
    {
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = stages });

        await analyzer.WarmUpAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal((stages & Stages.Topics) != 0, analyzer.Analyze(SeedArticle.Text).Topics.Count > 0);
    }
}
