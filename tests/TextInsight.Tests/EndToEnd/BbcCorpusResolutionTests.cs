using TextInsight.Tests.Support;

namespace TextInsight.Tests.EndToEnd;

/// <summary>Corpus entity resolution over a few BBC politics and entertainment articles (../shared/data/bbc).</summary>
public class BbcCorpusResolutionTests
{
    private static string Articles => Path.Combine(RepoPaths.SharedData, "bbc", "articles");

    [SharedDataFact]
    public async Task Tony_blair_mr_blair_and_blair_in_different_articles_are_one_corpus_person()
    {
        using var dir = new TempFolder();
        foreach (string file in new[] { "politics/093.txt", "politics/181.txt", "politics/012.txt", "politics/280.txt", "politics/371.txt" })
        {
            string target = dir.Combine("in/" + file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Articles, file), target);
        }

        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress");
        Assert.Equal(0, run.ExitCode);
        var ids = run.Records
            .SelectMany(r => r.EntitySummary!)
            .Where(e => e.Name is "Tony Blair" or "Mr Blair" or "Blair" || e.Aliases.Contains("Mr Blair"))
            .Select(e => e.CorpusId)
            .Distinct()
            .ToList();
        Assert.Single(ids);
    }

    [SharedDataFact]
    public async Task The_oscar_is_not_a_person_in_the_corpus_entities()
    {
        using var dir = new TempFolder();
        foreach (string file in new[] { "entertainment/078.txt", "entertainment/086.txt", "entertainment/363.txt", "entertainment/314.txt", "entertainment/056.txt" })
        {
            string target = dir.Combine("in/" + file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Articles, file), target);
        }

        string database = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", database)).ExitCode);
        using var db = Insights.Duck.Open(database, readOnly: true);
        Assert.Equal(["Misc"], Insights.Duck.Strings(db, "SELECT type FROM corpus_entities WHERE name IN ('Oscar', 'Oscars')"));
        Assert.True(Insights.Duck.Count(db, "SELECT count(*) FROM entity_summary WHERE name = 'Oscar' AND type = 'Person'") > 0, "the documents keep their own type");
    }
}
