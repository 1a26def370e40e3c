using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary><c>analyze</c> resolves entities across the documents of a run, in input order, whatever --parallel is.</summary>
public class AnalyzeCorpusEntitiesTests
{
    [Fact]
    public async Task The_output_with_corpus_ids_is_the_same_for_parallel_1_and_2()
    {
        var one = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--parallel", "1");
        var two = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--parallel", "2");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Output, two.Output);
        Assert.All(one.Records.SelectMany(r => r.EntitySummary!), e => Assert.NotNull(e.CorpusId));
    }

    [Fact]
    public async Task The_same_name_in_two_documents_has_one_corpus_id_and_the_document_ids_stay()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", "Blair sets out plans\n\nPrime Minister Tony Blair set out plans in London on Monday. Mr Blair said they would work.\n");
        dir.File("in/b.txt", "Campaign begins\n\nMr Blair opened the campaign in London on Tuesday.\n");
        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress");
        var a = run.Records[0].EntitySummary!;
        var b = run.Records[1].EntitySummary!;
        Assert.Equal(a.Single(e => e.Name == "Tony Blair").CorpusId, b.Single(e => e.Name == "Blair").CorpusId);
        Assert.Equal(a.Single(e => e.Name == "London").CorpusId, b.Single(e => e.Name == "London").CorpusId);
        Assert.Equal(Enumerable.Range(1, b.Count), b.Select(e => e.Id));
    }

    [Fact]
    public async Task Without_resolution_the_records_have_no_corpus_ids()
    {
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress", "--no-corpus-entities");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\"corpusId\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resumed_run_gives_the_corpus_ids_of_one_run_over_all_the_documents()
    {
        using var dir = new TempFolder();
        var articles = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Order(StringComparer.Ordinal).Take(6).ToArray();
        foreach (string article in articles)
        {
            File.Copy(article, dir.Combine("in/" + Path.GetFileName(article)).EnsureDirectory());
        }

        var whole = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress");
        string output = dir.Combine("out.jsonl");
        var lines = whole.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.WriteAllText(output, string.Join('\n', lines.Take(3)) + "\n");
        var resumed = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--resume", "--output", output);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(whole.Output, File.ReadAllText(output));
    }
}

internal static class PathExtensions
{
    /// <summary>Creates the directory of a file path and returns the path.</summary>
    public static string EnsureDirectory(this string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
