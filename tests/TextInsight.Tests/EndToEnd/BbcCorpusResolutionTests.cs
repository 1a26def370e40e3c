using System.Globalization;
using System.Text.RegularExpressions;
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

    // Measured on the whole BBC output with the rules of issue 23's tenth round (tests/linking-sample/README.md,
    // docs/PERFORMANCE.md), halves 1 to 12 of the hand-checked sample: merge precision 0.983 (296/301), recall 0.937
    // (296/316), every mention found, on 2026-12-06 with entity model version 2. With version 3 (ner-news-v3,
    // 2026-12-07) 0.986 (281/285) and 0.889 (281/316): 33 of the sample's mentions are now written otherwise by the
    // tagger (`H Clitheroe` for `Clitheroe` in a line-up, `Bingham` for `Lord Bingham`, `Luiz Inacio Lula da Silva`),
    // so the pairs that hold them count as not merged. The floors are one point lower, and no more mentions may go
    // missing. Halves drawn later are held out for a round and scored once, so the test reads only the halves that have
    // already been scored.
    private const int LastScoredHalf = 12;
    private const double PrecisionFloor = 0.986 - 0.01;
    private const double RecallFloor = 0.889 - 0.01;
    private const int MentionsNotFoundCeiling = 33;

    [SharedDataFact]
    public async Task Resolution_keeps_its_merge_precision_and_recall_on_the_scored_halves_of_the_linking_sample()
    {
        using var dir = new TempFolder();
        string records = dir.Combine("bbc.jsonl");
        var analyzed = await CliRunner.RunAsync("analyze", Articles, "--no-progress", "--output", records);
        Assert.Equal(0, analyzed.ExitCode);

        // Only the halves already scored: a half drawn for a new round must not be looked at by a test run.
        string sample = dir.Combine("pairs.tsv");
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "linking-sample", "pairs.tsv"))
            .Where(line => line.StartsWith('#') || int.Parse(line[..line.IndexOf('\t')], CultureInfo.InvariantCulture) <= LastScoredHalf)
            .ToArray();
        File.WriteAllLines(sample, lines);

        var run = CliRunner.Invoke(["evaluate", "linking", records, "--sample", sample]);
        Assert.Equal(0, run.ExitCode);
        string report = run.Output + run.Error;
        var all = Regex.Match(report, @"^all: pairs (\d+) .*merge precision ([0-9.]+) \((\d+)/(\d+)\), recall ([0-9.]+) \((\d+)/(\d+)\); mentions not found (\d+)", RegexOptions.Multiline);
        Assert.True(all.Success, "no 'all:' line in the report:\n" + report);
        int notFound = int.Parse(all.Groups[8].Value, CultureInfo.InvariantCulture);
        Assert.True(notFound <= MentionsNotFoundCeiling, $"{notFound} mentions of the sample not found (at most {MentionsNotFoundCeiling}):\n{report}");
        double precision = double.Parse(all.Groups[2].Value, CultureInfo.InvariantCulture);
        double recall = double.Parse(all.Groups[5].Value, CultureInfo.InvariantCulture);
        Assert.True(precision >= PrecisionFloor, $"merge precision {precision} below the floor {PrecisionFloor}:\n{report}");
        Assert.True(recall >= RecallFloor, $"merge recall {recall} below the floor {RecallFloor}:\n{report}");
    }

    [SharedDataFact]
    public async Task The_oscar_award_is_one_corpus_entity_of_all_five_documents()
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
        // The award is one Misc entity of all five documents. Version 2 of the entity model tagged the bare "Oscar" a
        // person in some documents and the corpus vote made every one of them the award; version 3 (ner-news-v3) tags it a
        // person in three of the five, and one of them (entertainment/314: five mentions, all tagged Person) keeps a
        // corpus person of its own: the documents' evidence, not the resolver, changed (Models/README, issue 19's eighth
        // round). The resolver must still make the award the corpus's Oscar of all five documents.
        Assert.Equal(["Misc|5"], Insights.Duck.Strings(db, "SELECT type || '|' || documents FROM corpus_entities WHERE name IN ('Oscar', 'Oscars') AND type = 'Misc'"));
        Assert.True(Insights.Duck.Count(db, "SELECT count(*) FROM corpus_entities WHERE name IN ('Oscar', 'Oscars') AND type <> 'Misc' AND documents > 1") == 0,
            "a corpus Oscar that is not the award spans more than one document");
        Assert.True(Insights.Duck.Count(db, "SELECT count(*) FROM entity_summary WHERE name = 'Oscar' AND type = 'Person'") > 0, "the documents keep their own type");
    }
}
