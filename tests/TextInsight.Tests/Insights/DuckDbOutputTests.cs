using System.Globalization;
using TextInsight.Cli.Insights;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

[Collection(InsightsCorpusGroup.Name)]
public class DuckDbOutputTests(InsightsCorpusFixture corpus)
{
    private static readonly string[] Article =
    [
        "Council approves budget\n\nThe city council in Leeds approved the £4.5m budget on Monday. Mayor Ann Lee said the vote by Leeds City Council was fair.\n\nThe mayor welcomed the vote.\n",
        "Council delays budget\n\nThe city council in York delayed the budget. Mayor Bob Hart said York City Council needs more time.\n",
    ];

    [Fact]
    public void The_documents_table_has_one_row_per_corpus_article()
    {
        using var db = corpus.OpenReadOnly();
        var sources = Duck.Strings(db, "SELECT source FROM documents ORDER BY source");
        Assert.Equal(corpus.Records.Select(r => r.Source).Order(StringComparer.Ordinal), sources);
        Assert.Equal(Directory.GetFiles(RepoPaths.Corpus, "*.txt").Length, sources.Count);
    }

    [Fact]
    public void Every_entity_mention_of_the_records_is_a_row()
    {
        using var db = corpus.OpenReadOnly();
        var rows = Duck.Strings(db, "SELECT concat_ws('|', source, mention, type, text, start_offset, end_offset, zone, coalesce(entity_id::VARCHAR, '-')) FROM entities ORDER BY source, mention");
        var expected = corpus.Records
            .OrderBy(r => r.Source, StringComparer.Ordinal)
            .SelectMany(r => r.Entities!.Select((e, i) => string.Join('|', r.Source, i, e.Type, e.Text, e.Start, e.End, e.Zone, e.EntityId?.ToString(CultureInfo.InvariantCulture) ?? "-")))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void Money_mentions_keep_their_value_and_currency()
    {
        using var db = corpus.OpenReadOnly();
        var money = Duck.Strings(db, "SELECT concat_ws('|', value, currency) FROM entities WHERE source = 'seed-article.txt' AND text = '$1.5M'");
        Assert.Equal(["1500000.0|USD"], money.Distinct());
    }

    [Fact]
    public void Child_tables_hold_every_section_sentence_entity_topic_and_keyphrase()
    {
        using var db = corpus.OpenReadOnly();
        var counts = Duck.TableCounts(db);
        Assert.Equal(corpus.Records.Sum(r => r.Sections!.Count), counts["sections"]);
        Assert.Equal(corpus.Records.Sum(r => r.Sentences!.Count), counts["sentences"]);
        Assert.Equal(corpus.Records.Sum(r => r.EntitySummary!.Count), counts["entity_summary"]);
        Assert.Equal(corpus.Records.Sum(r => r.Topics!.Count), counts["topics"]);
        Assert.Equal(corpus.Records.Sum(r => r.Keyphrases!.Count), counts["keyphrases"]);
    }

    [Fact]
    public void The_documents_row_carries_title_top_topic_summary_and_date()
    {
        using var db = corpus.OpenReadOnly();
        var ecb = corpus.Records.Single(r => r.Source == "ecb-holds-rates.txt");
        var row = Duck.Strings(db, "SELECT concat_ws('|', title, topic, published, summary, error_code IS NULL) FROM documents WHERE source = 'ecb-holds-rates.txt'");
        Assert.NotNull(ecb.Published);
        Assert.Equal([string.Join('|', ecb.Title, ecb.Topics![0].Label, ecb.Published, ecb.Summary!.Text, "true")], row);
    }

    [Fact]
    public void The_tables_have_the_documented_columns_and_types()
    {
        using var db = corpus.OpenReadOnly();
        foreach (var table in InsightSchema.Tables)
        {
            var columns = Duck.Strings(db, $"SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '{table.Name}' ORDER BY ordinal_position");
            Assert.Equal(table.Columns.Select(c => c.Name + " " + c.SqlType), columns);
        }
    }

    [Fact]
    public void Every_table_has_an_index_on_source()
    {
        using var db = corpus.OpenReadOnly();
        var indexes = Duck.Strings(db, "SELECT index_name FROM duckdb_indexes() ORDER BY index_name");
        Assert.All(InsightSchema.Tables, t => Assert.Contains(t.Name + "_source", indexes));
        Assert.Contains("entities_type", indexes);
    }

    [Fact]
    public void The_schema_version_is_recorded()
    {
        using var db = corpus.OpenReadOnly();
        Assert.Equal(InsightSchema.Version, Duck.Count(db, "SELECT version FROM textinsight_schema"));
    }

    [Fact]
    public async Task The_insights_docs_language_queries_keep_the_English_documents_and_count_the_others()
    {
        const string English = "WHERE language = 'en'";
        const string ByLanguage = "SELECT language, count(*) FROM documents GROUP BY language";
        string doc = string.Join(' ', File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "INSIGHTS.md")).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(English, doc, StringComparison.Ordinal);
        Assert.Contains(ByLanguage, doc, StringComparison.Ordinal);

        using var dir = new TempFolder();
        dir.File("in/a.txt", Article[0]);
        dir.File("in/ru.txt", "Правительство объявило во вторник о новой реформе пенсионной системы, которая должна вступить в силу в следующем году. " +
            "По словам министра труда, эта реформа необходима для обеспечения финансового равновесия системы.");
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);

        using var db = Duck.Open(path, readOnly: true);
        Assert.Equal(["a.txt"], Duck.Strings(db, $"SELECT source FROM documents {English}"));
        Assert.Equal(["en|1", "und-Cyrl|1"], Duck.Strings(db, $"SELECT concat_ws('|', * COLUMNS(*)) FROM ({ByLanguage}) ORDER BY 1"));
    }

    [Fact]
    public async Task Analyzing_the_same_sources_again_replaces_their_rows()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Article[0]);
        dir.File("in/b.txt", Article[1]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        Dictionary<string, long> first;
        using (var db = Duck.Open(path, readOnly: true))
        {
            first = Duck.TableCounts(db);
        }

        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        using var again = Duck.Open(path, readOnly: true);
        Assert.Equal(2, first["documents"]);
        Assert.Equal(first, Duck.TableCounts(again));
    }

    [Fact]
    public async Task A_changed_document_analyzed_again_has_only_its_new_rows()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Article[0]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        dir.File("in/a.txt", Article[1]);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        using var db = Duck.Open(path, readOnly: true);
        Assert.Equal(["Council delays budget"], Duck.Strings(db, "SELECT title FROM documents"));
        Assert.Empty(Duck.Strings(db, "SELECT text FROM entities WHERE text LIKE '%Leeds%'"));
    }

    [Fact]
    public async Task A_run_over_other_sources_appends_to_the_database()
    {
        using var dir = new TempFolder();
        dir.File("one/a.txt", Article[0]);
        dir.File("two/b.txt", Article[1]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("one"), "--no-progress", "--output", path)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("two"), "--no-progress", "--output", path)).ExitCode);
        using var db = Duck.Open(path, readOnly: true);
        Assert.Equal(["a.txt", "b.txt"], Duck.Strings(db, "SELECT source FROM documents ORDER BY source"));
    }

    [Fact]
    public async Task A_failed_document_is_a_documents_row_with_its_error_and_no_child_rows()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Article[0]);
        dir.File("in/empty.txt", string.Empty);
        string path = dir.Combine("r.duckdb");
        var run = await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path);
        Assert.Equal(1, run.ExitCode);
        using var db = Duck.Open(path, readOnly: true);
        Assert.Equal(["a.txt|", "empty.txt|empty_document"], Duck.Strings(db, "SELECT source || '|' || coalesce(error_code, '') FROM documents ORDER BY source"));
        Assert.StartsWith("empty.txt", Duck.Strings(db, "SELECT error_message FROM documents WHERE source = 'empty.txt'").Single());
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM sentences WHERE source = 'empty.txt'"));
    }

    [Fact]
    public async Task The_format_follows_the_output_extension()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Article[0]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "-o", path)).ExitCode);
        Assert.Equal("DUCK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path), 8, 4));
    }

    [Fact]
    public async Task An_output_ending_in_json_still_gets_json_lines()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Article[0]);
        dir.File("in/b.txt", Article[1]);
        string path = dir.Combine("out.json");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        var lines = File.ReadAllLines(path);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("{\"schemaVersion\":1,", l));
    }

    [Fact]
    public async Task The_duckdb_format_without_an_output_file_is_a_usage_error()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("a.txt", Article[0]), "--format", "duckdb");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format duckdb needs --output", run.Error);
    }
}
