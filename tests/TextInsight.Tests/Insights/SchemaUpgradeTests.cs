using System.Globalization;
using TextInsight.Cli.Insights;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

/// <summary>
/// A database of insight schema version 2, written by the textinsight of that version (tests/insights-schema-v2), is
/// upgraded in place when <c>analyze</c> appends to it; <c>query</c> and <c>report</c> read it as it is.
/// </summary>
public class SchemaUpgradeTests
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "insights-schema-v2");

    private const string Russian = "Совет одобрил бюджет\n\nГородской совет в понедельник одобрил новый бюджет на следующий год. Мэр сказала, что голосование было честным и что город потратит больше денег на школы и дороги.\n";

    [Fact]
    public async Task Analyze_upgrades_a_version_2_database_in_place_and_appends_to_it()
    {
        using var dir = new TempFolder();
        string path = Version2Database(dir);
        long corpusIdsBefore;
        string annLeeId;
        using (var before = Duck.Open(path, readOnly: true))
        {
            corpusIdsBefore = Duck.Count(before, "SELECT max(id) FROM corpus_entities");
            annLeeId = Duck.Strings(before, "SELECT id FROM corpus_entities WHERE name = 'Ann Lee'").Single();
        }

        // council.txt again (changed), a new English article naming Ann Lee, and a Russian one.
        dir.File("in/council.txt", "Council delays budget\n\nThe city council in Leeds delayed the budget on Tuesday. Mayor Ann Lee said Leeds City Council needs more time.\n");
        dir.File("in/vote.txt", "Mayor wins vote\n\nMayor Ann Lee won the vote in Leeds on Friday. Leeds City Council backed her plan for new schools, and Tom Reed, of Hull University, welcomed it.\n");
        dir.File("in/sovet.txt", Russian);
        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"textinsight analyze: upgraded {path} from insight schema version 2 to 3: added documents.language, entities.currency_assumed, entity_summary.title (NULL in the rows already there: not recorded)", run.Error);
        using (var db = Duck.Open(path, readOnly: true))
        {
            Upgraded(db, annLeeId, corpusIdsBefore);
        }

        // The next run finds version 3: no upgrade again.
        var again = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.DoesNotContain("upgraded", again.Error);
    }

    /// <summary>What the upgraded database holds after the run that upgraded it.</summary>
    private static void Upgraded(DuckDB.NET.Data.DuckDBConnection db, string annLeeId, long corpusIdsBefore)
    {
        Assert.Equal(3, Duck.Count(db, "SELECT max(version) FROM textinsight_schema"));
        Assert.Equal(["2", "3"], Duck.Strings(db, "SELECT version FROM textinsight_schema ORDER BY version"));
        foreach (var table in InsightSchema.AllTables)
        {
            var columns = Duck.Strings(db, $"SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '{table.Name}' ORDER BY ordinal_position");
            Assert.Equal(table.Columns.Select(c => c.Name + " " + c.SqlType), columns);
        }

        // Rows written before the upgrade: not recorded; rows written after: the language; council.txt replaced once.
        Assert.Equal(
            ["council.txt|Council delays budget|en", "empty.txt||NULL", "haushalt.txt|Stadtrat beschließt Haushalt|NULL", "sovet.txt|Совет одобрил бюджет|und-Cyrl", "vote.txt|Mayor wins vote|en"],
            Duck.Strings(db, "SELECT concat_ws('|', source, coalesce(title, ''), coalesce(language, 'NULL')) FROM documents ORDER BY source"));
        Assert.Contains("does not look like English", Duck.Strings(db, "SELECT warnings FROM documents WHERE source = 'haushalt.txt'").Single());
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM sentences WHERE source = 'council.txt' AND text LIKE '%approved%'"));
        Assert.Equal(1, Duck.Count(db, "SELECT count(*) FROM sentences WHERE source = 'council.txt' AND text LIKE '%delayed%'"));
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM entity_summary WHERE source = 'council.txt' AND name LIKE '%Hart%'"));
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM entities WHERE source = 'haushalt.txt' AND currency_assumed IS NOT NULL"));
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM (SELECT source, mention FROM entities GROUP BY ALL HAVING count(*) > 1)"));

        // The corpus continues: Ann Lee keeps her id in the new documents, and new entities get ids after the old ones.
        Assert.Equal([annLeeId, annLeeId], Duck.Strings(db, "SELECT corpus_id FROM entity_summary WHERE name = 'Ann Lee' ORDER BY source"));
        Assert.Equal(["Ann Lee|2"], Duck.Strings(db, $"SELECT name || '|' || documents FROM corpus_entities WHERE id = {annLeeId}"));
        Assert.True(Duck.Count(db, "SELECT min(id) FROM corpus_entities WHERE name = 'Tom Reed'") > corpusIdsBefore);
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM entity_summary WHERE corpus_id IS NULL"));
    }

    [Theory]
    [InlineData(4, "of schema version 4, newer than this textinsight (which writes version 3); use a newer textinsight, or write to a new file.")]
    [InlineData(1, "of schema version 1, which this textinsight cannot upgrade (it upgrades version 2 and later to 3); write to a new file.")]
    public async Task A_database_of_a_version_it_cannot_write_is_refused_untouched(int version, string message)
    {
        using var dir = new TempFolder();
        string path = Version2Database(dir);
        using (var db = Duck.Open(path, readOnly: false))
        {
            Execute(db, $"UPDATE textinsight_schema SET version = {version}");
        }

        byte[] before = File.ReadAllBytes(path);
        var run = await CliRunner.RunAsync("analyze", dir.File("in/a.txt", "Budget passes\n\nThe council in Leeds passed the budget on Monday.\n"), "--no-progress", "--output", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"textinsight analyze: {path} holds TextInsight insight tables {message}", run.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_version_2_database_whose_tables_were_changed_is_refused_and_not_upgraded()
    {
        using var dir = new TempFolder();
        string path = Version2Database(dir);
        using (var db = Duck.Open(path, readOnly: false))
        {
            Execute(db, "ALTER TABLE topics ADD COLUMN extra INTEGER");
        }

        var run = await CliRunner.RunAsync("analyze", dir.File("in/a.txt", "Budget passes\n\nThe council in Leeds passed the budget on Monday.\n"), "--no-progress", "--output", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{path}: the table topics has the columns (source, rank, label, score, extra), not those of insight schema version 2 (source, rank, label, score)", run.Error);
        using var after = Duck.Open(path, readOnly: true);
        Assert.Equal(["2"], Duck.Strings(after, "SELECT max(version) FROM textinsight_schema"));
        Assert.Equal(0, Duck.Count(after, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'language'"));
    }

    [Fact]
    public async Task Query_and_report_read_a_version_2_database_without_changing_it()
    {
        using var dir = new TempFolder();
        string path = Version2Database(dir);
        byte[] before = File.ReadAllBytes(path);

        var query = await CliRunner.RunAsync("query", path, "SELECT count(*) AS n FROM documents WHERE warnings LIKE '%does not look like English%'", "--markdown");
        Assert.True(query.ExitCode == 0, query.Error);
        Assert.Matches(@"\|\s*1\s*\|", query.Output);

        string html = dir.Combine("v2.html");
        var report = await CliRunner.RunAsync("report", path, "--out", html);
        Assert.True(report.ExitCode == 0, report.Error);
        string page = File.ReadAllText(html);
        Assert.Equal(3, CountOf(page, "<tr data-topic="));
        Assert.DoesNotContain($"data-chart=\"{HtmlReport.LanguagesChart}\"", page);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task The_report_counts_documents_by_language_when_some_are_not_English()
    {
        using var dir = new TempFolder();
        string path = Version2Database(dir);
        dir.File("in/sovet.txt", Russian);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);

        string html = dir.Combine("v3.html");
        var report = await CliRunner.RunAsync("report", path, "--out", html);
        Assert.True(report.ExitCode == 0, report.Error);
        string page = File.ReadAllText(html);
        Assert.Contains($"data-chart=\"{HtmlReport.LanguagesChart}\"", page);

        // haushalt.txt and council.txt were written before the upgrade (not recorded), sovet.txt after; empty.txt failed.
        var section = page[page.IndexOf("<section id=\"languages\"", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains(">und-Cyrl<", section);
        Assert.Contains(">(not recorded)<", section);
        Assert.DoesNotContain(">en<", section);
    }

    /// <summary>Rebuilds the fixture's version 2 database: its DDL (as version 2 created it), then its rows.</summary>
    internal static string Version2Database(TempFolder dir)
    {
        string path = dir.Combine("v2.duckdb");
        using var db = Duck.Open(path, readOnly: false);
        Execute(db, File.ReadAllText(Path.Combine(Fixture, "schema.sql")));
        foreach (string csv in Directory.GetFiles(Fixture, "*.csv"))
        {
            Execute(db, string.Create(CultureInfo.InvariantCulture, $"COPY {Path.GetFileNameWithoutExtension(csv)} FROM '{csv.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT csv, HEADER true)"));
        }

        Assert.Equal(2, Duck.Count(db, "SELECT max(version) FROM textinsight_schema"));
        Assert.Equal(3, Duck.Count(db, "SELECT count(*) FROM documents"));
        return path;
    }

    private static void Execute(DuckDB.NET.Data.DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
