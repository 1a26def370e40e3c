using TextInsight.Tests.Support;
using TextInsight.Tests.Topics;
using TextInsight.Topics;

namespace TextInsight.Tests.Cli;

public class AnalyzeTopicModelTests
{
    [Fact]
    public async Task Analyze_uses_a_topic_model_given_with_topic_model()
    {
        using var dir = new TempFolder();
        string model = dir.Combine("weather.zip");
        TopicClassifier.Train(SmallTopicData.Examples).Save(model);
        string article = dir.File("a.txt", "Forecast\n\nHail and sleet are likely in the north as cold air arrives overnight.\n");

        var run = await CliRunner.RunAsync("analyze", article, "--topic-model", model);

        Assert.Equal(0, run.ExitCode);
        var labels = run.Records[0].Topics!.Select(t => t.Label).Order().ToArray();
        Assert.Equal(SmallTopicData.Examples.Select(e => e.Label).Distinct().Order().ToArray(), labels);
    }

    [Fact]
    public async Task A_topic_model_that_cannot_be_loaded_is_a_usage_error()
    {
        using var dir = new TempFolder();
        string bogus = dir.File("bogus.zip", "not a zip");
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--topic-model", bogus);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot load the topic model", run.Error);
        Assert.Empty(run.Output);
    }
}
