using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

[Collection(InsightsCorpusGroup.Name)]
public class QueryCommandTests(InsightsCorpusFixture corpus)
{
    [Fact]
    public async Task A_query_prints_a_markdown_table_of_its_rows()
    {
        var run = await CliRunner.RunAsync("query", corpus.Database, "SELECT topic, count(*) AS documents FROM documents GROUP BY topic ORDER BY documents DESC, topic", "--markdown");
        Assert.Equal(0, run.ExitCode);
        var expected = corpus.Records.GroupBy(r => r.Topics![0].Label)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .ToList();
        var lines = run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')).ToList();
        Assert.Matches(@"^\| topic +\| documents \|$", lines[0]);
        Assert.Equal(expected.Count + 2, lines.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Matches($@"^\| {expected[i].Key} +\| +{expected[i].Item2} \|$", lines[i + 2]);
        }

        Assert.Equal($"{expected.Count} rows", run.Error.Trim());
    }

    [Fact]
    public async Task A_query_prints_a_boxed_table_by_default()
    {
        var run = await CliRunner.RunAsync("query", corpus.Database, "SELECT title FROM documents WHERE source = 'seed-article.txt'");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("│ Anthropic Backs Apache with $1.5M to Strengthen Open Source Infrastructure │", run.Output);
        Assert.StartsWith("╭", run.Output);
    }

    [Fact]
    public async Task A_query_with_bad_sql_reports_the_database_and_the_error()
    {
        var run = await CliRunner.RunAsync("query", corpus.Database, "SELECT nope FROM documents");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"textinsight query: {corpus.Database}: ", run.Error);
        Assert.Contains("nope", run.Error);
    }

    [Fact]
    public async Task A_missing_database_is_named()
    {
        string missing = Path.Combine(corpus.Folder, "missing.duckdb");
        var run = await CliRunner.RunAsync("query", missing, "SELECT 1");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"textinsight query: {missing} does not exist.", run.Error.Trim());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task The_query_connection_is_read_only()
    {
        var run = await CliRunner.RunAsync("query", corpus.Database, "DELETE FROM documents");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("read-only", run.Error);
        using var db = corpus.OpenReadOnly();
        Assert.Equal(corpus.Records.Count, Duck.Count(db, "SELECT count(*) FROM documents"));
    }

    [Fact]
    public async Task A_blob_is_shown_in_hex()
    {
        var run = await CliRunner.RunAsync("query", corpus.Database, "SELECT 'ab'::BLOB AS b", "--markdown");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(@"\x6162", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_of_a_type_the_driver_cannot_read_is_a_clear_error_not_a_crash()
    {
        var run = await CliRunner.RunAsync("query", corpus.Database, "SELECT union_value(k := 1) AS v");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot be shown", run.Error, StringComparison.Ordinal);
        Assert.Contains(corpus.Database, run.Error, StringComparison.Ordinal);
    }
}
