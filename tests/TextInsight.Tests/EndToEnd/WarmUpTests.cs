using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

public sealed class WarmUpTests
{
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
