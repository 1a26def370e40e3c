using TextInsight.Cli.Commands;

namespace TextInsight.Tests.Cli;

public class PreloadModelsTests
{
    [Theory]
    [InlineData(new[] { "analyze", "corpus" }, Stages.All)]
    [InlineData(new[] { "analyze", "corpus", "--parallel", "2", "--output", "out.jsonl" }, Stages.All)]
    [InlineData(new[] { "analyze", "corpus", "--topic-model", "topics.zip" }, Stages.All & ~Stages.Topics)]
    [InlineData(new[] { "analyze", "corpus", "--topic-model=topics.zip" }, Stages.All & ~Stages.Topics)]
    [InlineData(new[] { "analyze", "--topic-models-folder" }, Stages.All)]
    [InlineData(new[] { "analyze", "corpus", "--entity-model", "ner.bin" }, Stages.All & ~Stages.Entities)]
    [InlineData(new[] { "analyze", "corpus", "--entity-model=ner.bin", "--topic-model", "t.zip" }, Stages.All & ~Stages.Entities & ~Stages.Topics)]
    public void An_analysis_in_process_preloads_the_models_it_will_use(string[] args, Stages expected)
    {
        Assert.Equal(expected, AnalyzeCommand.StagesToPreload(args));
    }

    [Theory]
    [InlineData("")]
    [InlineData("tokenize corpus")]
    [InlineData("query results.duckdb SELECT")]
    [InlineData("analyze --help")]
    [InlineData("analyze corpus --cluster 127.0.0.1:41000")]
    [InlineData("analyze corpus --cluster=redis:localhost")]
    [InlineData("analyze corpus --cluster:127.0.0.1:41000")]
    public void Other_commands_help_and_cluster_runs_preload_nothing(string commandLine)
    {
        Assert.Null(AnalyzeCommand.StagesToPreload(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
