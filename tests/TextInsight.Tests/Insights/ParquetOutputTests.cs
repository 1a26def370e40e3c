using Parquet;
using TextInsight.Cli.Insights;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

[Collection(InsightsCorpusGroup.Name)]
public class ParquetOutputTests(InsightsCorpusFixture corpus)
{
    [Fact]
    public void The_folder_holds_one_parquet_file_per_table_and_nothing_else()
    {
        var files = Directory.GetFiles(corpus.Parquet).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(InsightSchema.AllTables.Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public async Task Parquet_Net_reads_back_one_document_row_per_article()
    {
        await using var reader = await ParquetReader.CreateAsync(Path.Combine(corpus.Parquet, "documents.parquet"));
        var source = reader.Schema.GetDataFields()[0];
        var sources = new List<string>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var values = new string?[group.RowCount];
            await group.ReadAsync(source, values.AsMemory());
            sources.AddRange(values!);
        }

        Assert.Equal("source", source.Name);
        Assert.Equal(corpus.Records.Select(r => r.Source), sources);
    }

    [Fact]
    public async Task Parquet_Net_reads_back_the_schema_of_every_table()
    {
        foreach (var table in InsightSchema.AllTables)
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(corpus.Parquet, table.Name + ".parquet"));
            Assert.Equal(table.Columns.Select(c => c.Name), reader.Schema.GetDataFields().Select(f => f.Name));
        }
    }

    [Fact]
    public void DuckDB_read_parquet_sees_the_same_rows_as_the_database()
    {
        using var memory = Duck.InMemory();
        using var db = corpus.OpenReadOnly();
        foreach (var table in InsightSchema.AllTables)
        {
            string file = Path.Combine(corpus.Parquet, table.Name + ".parquet");
            string columns = string.Join(", ", table.Columns.Where(c => c.Name != "analyzed_at").Select(c => c.Name));
            var fromParquet = Duck.Strings(memory, $"SELECT count(*) || ' ' || md5(string_agg(r, '|' ORDER BY r)) FROM (SELECT ({columns})::VARCHAR AS r FROM read_parquet('{file}'))");
            var fromDatabase = Duck.Strings(db, $"SELECT count(*) || ' ' || md5(string_agg(r, '|' ORDER BY r)) FROM (SELECT ({columns})::VARCHAR AS r FROM {table.Name})");
            Assert.Equal(fromDatabase, fromParquet);
        }
    }

    [Fact]
    public void DuckDB_reads_parquet_dates_as_dates()
    {
        using var memory = Duck.InMemory();
        string file = Path.Combine(corpus.Parquet, "documents.parquet");
        var types = Duck.Strings(memory, $"SELECT column_type FROM (DESCRIBE SELECT published, analyzed_at, word_count, topic_score FROM read_parquet('{file}'))");
        Assert.Equal(["DATE", "TIMESTAMP WITH TIME ZONE", "INTEGER", "DOUBLE"], types);
    }

    [Fact]
    public async Task A_second_run_replaces_the_files_of_the_first()
    {
        using var dir = new TempFolder();
        dir.File("in/a.txt", "Budget passes\n\nThe council passed the budget on Monday.\n");
        dir.File("in/b.txt", "Budget fails\n\nThe council rejected the budget on Monday.\n");
        string path = dir.Combine("r.parquet");
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        File.Delete(dir.Combine("in/b.txt"));
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("in"), "--no-progress", "--output", path)).ExitCode);
        using var memory = Duck.InMemory();
        Assert.Equal(["a.txt"], Duck.Strings(memory, $"SELECT source FROM read_parquet('{Path.Combine(path, "documents.parquet")}')"));
        Assert.DoesNotContain(Directory.GetFiles(path), f => f.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_reads_a_parquet_folder_through_views()
    {
        var run = await CliRunner.RunAsync("query", corpus.Parquet, "SELECT count(*) AS n FROM documents", "--markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"| {corpus.Records.Count} |", run.Output);
    }
}
