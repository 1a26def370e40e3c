using TextInsight.Entities;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class AnalyzeEntityModelTests
{
    [Fact]
    public async Task Analyze_uses_an_entity_model_given_with_entity_model()
    {
        using var dir = new TempFolder();
        string model = dir.Combine("ner-mine.bin");
        using (var stream = File.Create(model))
        {
            NamedEntityTagger.Default.Save(stream);
        }

        string article = Path.Combine(RepoPaths.Corpus, "seed-article.txt");
        var builtIn = await CliRunner.RunAsync("analyze", article);
        var mine = await CliRunner.RunAsync("analyze", article, "--entity-model", model);

        Assert.Equal(0, mine.ExitCode);
        Assert.NotEmpty(mine.Output);
        Assert.Equal(builtIn.Output, mine.Output);
    }

    [Fact]
    public async Task An_entity_model_that_cannot_be_loaded_is_a_usage_error_naming_the_file()
    {
        using var dir = new TempFolder();
        string bogus = dir.File("bogus.bin", "not a model");
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--entity-model", bogus);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot load the entity model " + bogus, run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task An_entity_model_is_not_given_to_analyze_cluster()
    {
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--cluster", "127.0.0.1:1", "--entity-model", "x.bin");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--entity-model is read by each silo", run.Error);
    }
}
