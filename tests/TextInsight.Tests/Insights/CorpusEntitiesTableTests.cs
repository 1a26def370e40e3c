using TextInsight.Cli.Insights;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

/// <summary>The corpus_entities table of DuckDB and Parquet outputs, and entity_summary.corpus_id pointing into it.</summary>
[Collection(InsightsCorpusGroup.Name)]
public class CorpusEntitiesTableTests(InsightsCorpusFixture corpus)
{
    private static readonly string[] Articles =
    [
        "Blair sets out plans\n\nPrime Minister Tony Blair set out Labour's plans in London on Monday. Mr Blair said Labour would win.\n",
        "Labour campaign begins\n\nMr Blair opened the Labour campaign in London, where Labour leads.\n",
    ];

    [Fact]
    public void Every_entity_summary_row_points_to_a_corpus_entity()
    {
        using var db = corpus.OpenReadOnly();
        Assert.True(Duck.Count(db, "SELECT count(*) FROM corpus_entities") > 0);
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM entity_summary WHERE corpus_id IS NULL"));
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM entity_summary es LEFT JOIN corpus_entities c ON c.id = es.corpus_id WHERE c.id IS NULL"));
    }

    [Fact]
    public void The_corpus_entity_counts_are_those_of_the_rows_that_point_to_it()
    {
        using var db = corpus.OpenReadOnly();
        Assert.Equal(0, Duck.Count(db, """
            SELECT count(*) FROM corpus_entities c
            JOIN (SELECT corpus_id, count(DISTINCT source) AS d, sum(mentions) AS m FROM entity_summary GROUP BY corpus_id) s ON s.corpus_id = c.id
            WHERE c.documents <> s.d OR c.mentions <> s.m
            """));
    }

    [Fact]
    public void The_json_records_carry_the_same_corpus_ids_as_the_database()
    {
        using var db = corpus.OpenReadOnly();
        var expected = corpus.Records
            .SelectMany(r => r.EntitySummary!.Select(e => $"{r.Source}|{e.Id}|{e.CorpusId}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Duck.Strings(db, "SELECT concat_ws('|', source, entity_id, corpus_id) FROM entity_summary").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_corpus_entities_table_has_the_documented_columns()
    {
        using var db = corpus.OpenReadOnly();
        var columns = Duck.Strings(db, "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = 'corpus_entities' ORDER BY ordinal_position");
        Assert.Equal(InsightSchema.CorpusEntities.Columns.Select(c => c.Name + " " + c.SqlType), columns);
    }

    [Fact]
    public void The_parquet_folder_holds_the_same_corpus_entities()
    {
        using var db = corpus.OpenReadOnly();
        using var parquet = Duck.InMemory();
        string file = Path.Combine(corpus.Parquet, "corpus_entities.parquet").Replace("'", "''", StringComparison.Ordinal);
        Assert.Equal(
            Duck.Strings(db, "SELECT concat_ws('|', id, name, type, aliases, documents, mentions) FROM corpus_entities ORDER BY id"),
            Duck.Strings(parquet, $"SELECT concat_ws('|', id, name, type, aliases, documents, mentions) FROM read_parquet('{file}') ORDER BY id"));
    }

    [Fact]
    public async Task A_run_appending_to_a_database_resolves_against_the_corpus_entities_already_there()
    {
        using var dir = new TempFolder();
        dir.File("one/a.txt", Articles[0]);
        dir.File("two/b.txt", Articles[1]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("one"), "--no-progress", "--output", path)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("two"), "--no-progress", "--output", path)).ExitCode);
        using var db = Duck.Open(path, readOnly: true);
        var blair = Duck.Strings(db, "SELECT DISTINCT corpus_id FROM entity_summary WHERE name IN ('Tony Blair', 'Mr Blair')");
        Assert.Single(blair);
        Assert.Equal(["Tony Blair|Person|2"], Duck.Strings(db, $"SELECT concat_ws('|', name, type, documents) FROM corpus_entities WHERE id = {blair[0]}"));
        Assert.Equal(["2"], Duck.Strings(db, "SELECT documents FROM corpus_entities WHERE name = 'Labour'"));
    }

    [Fact]
    public async Task Analyzing_the_same_sources_again_counts_their_documents_once()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Articles[0]);
        dir.File("in/b.txt", Articles[1]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        List<string> first;
        using (var db = Duck.Open(path, readOnly: true))
        {
            first = Duck.Strings(db, "SELECT concat_ws('|', id, name, type, documents, mentions) FROM corpus_entities ORDER BY id");
        }

        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        using var again = Duck.Open(path, readOnly: true);
        Assert.Equal(first, Duck.Strings(again, "SELECT concat_ws('|', id, name, type, documents, mentions) FROM corpus_entities ORDER BY id"));
    }

    [Fact]
    public async Task Without_resolution_the_corpus_ids_are_null_and_the_table_empty()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", Articles[0]);
        string path = dir.Combine("r.duckdb");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--no-corpus-entities", "--output", path)).ExitCode);
        using var db = Duck.Open(path, readOnly: true);
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM corpus_entities"));
        Assert.Equal(0, Duck.Count(db, "SELECT count(*) FROM entity_summary WHERE corpus_id IS NOT NULL"));
    }
}
