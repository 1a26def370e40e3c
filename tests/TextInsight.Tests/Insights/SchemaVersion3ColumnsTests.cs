using System.Globalization;
using TextInsight.Cli.Insights;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

/// <summary>
/// The columns of insight schema version 3 (documents.language, entities.currency_assumed, entity_summary.title) say
/// what the JSON record says, in DuckDB, Parquet and CSV alike.
/// </summary>
public sealed class SchemaVersion3ColumnsTests : IAsyncLifetime, IDisposable
{
    private static readonly (string Name, string Text, string? Language)[] Documents =
    [
        ("english.txt", "Shares rise in Sydney\n\nMr Smith, of Acme Bank, said the bank raised $5m from investors in Sydney on Monday. Ms Jones said the £2m deal with Leeds City Council was fair.\n", "en"),
        ("haushalt.txt", "Stadtrat beschließt Haushalt\n\nDer Stadtrat hat am Montag den neuen Haushalt für das kommende Jahr beschlossen. Die Bürgermeisterin sagte, die Abstimmung sei fair gewesen und die Stadt werde nun mehr Geld für die Schulen und die Straßen ausgeben, als im letzten Jahr geplant war.\n", "und-Latn"),
        ("sovet.txt", "Совет одобрил бюджет\n\nГородской совет в понедельник одобрил новый бюджет на следующий год. Мэр сказала, что голосование было честным и что город потратит больше денег на школы и дороги.\n", "und-Cyrl"),
        ("yusuan.txt", "市议会通过预算\n\n市议会星期一通过了明年的新预算。市长说，投票是公平的，城市将在学校和道路上花更多的钱，比去年计划的要多得多，议员们也表示支持这个计划。\n", "und-Hani"),
        ("empty.txt", string.Empty, null),
    ];

    private readonly TempFolder _dir = new();
    private IReadOnlyList<AnalysisRecord> _records = [];

    private string Database => _dir.Combine("out.duckdb");

    private string Parquet => _dir.Combine("out.parquet");

    public async Task InitializeAsync()
    {
        foreach (var (name, text, _) in Documents)
        {
            _dir.File("in/" + name, text);
        }

        var json = await CliRunner.RunAsync("analyze", _dir.Combine("in"), "--no-progress");
        Assert.Equal(1, json.ExitCode);
        _records = json.Records;
        Assert.Equal(1, (await CliRunner.RunAsync("analyze", _dir.Combine("in"), "--no-progress", "--output", Database)).ExitCode);
        Assert.Equal(1, (await CliRunner.RunAsync("analyze", _dir.Combine("in"), "--no-progress", "--output", Parquet)).ExitCode);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_documents_language_is_the_records_or_en_and_null_for_a_failed_document()
    {
        var expected = Documents.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => d.Name + "|" + (d.Language ?? "NULL")).ToList();
        Assert.Equal(expected, _records.OrderBy(r => r.Source, StringComparer.Ordinal).Select(r => r.Source + "|" + (r.Error is null ? r.Language ?? "en" : "NULL")));
        using var db = Duck.Open(Database, readOnly: true);
        Assert.Equal(expected, Duck.Strings(db, LanguageSql("documents")));
        using var parquet = Duck.InMemory();
        Assert.Equal(expected, Duck.Strings(parquet, LanguageSql(ParquetFile("documents"))));
    }

    [Fact]
    public void Currency_assumed_and_courtesy_titles_are_the_records()
    {
        var mentions = _records.OrderBy(r => r.Source, StringComparer.Ordinal)
            .SelectMany(r => (r.Entities ?? []).Select((e, i) => $"{r.Source}|{i}|{e.Text}|{Bool(e.CurrencyAssumed)}")).ToList();
        var titles = _records.OrderBy(r => r.Source, StringComparer.Ordinal)
            .SelectMany(r => (r.EntitySummary ?? []).OrderBy(e => e.Id).Select(e => $"{r.Source}|{e.Id}|{e.Name}|{e.Title ?? "NULL"}")).ToList();

        // The English article has a money amount whose currency is assumed ($), one that is not (£), and two titles.
        Assert.Contains("english.txt|", mentions.Single(m => m.Contains("|$5m|", StringComparison.Ordinal) && m.EndsWith("|true", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Single(mentions, m => m.Contains("|£2m|", StringComparison.Ordinal) && m.EndsWith("|false", StringComparison.Ordinal));
        Assert.Equal(["Mr", "Ms"], titles.Where(t => !t.EndsWith("|NULL", StringComparison.Ordinal)).Select(t => t[(t.LastIndexOf('|') + 1)..]).Order(StringComparer.Ordinal));

        using var db = Duck.Open(Database, readOnly: true);
        using var parquet = Duck.InMemory();
        foreach (var (from, connection) in new[] { ("", db), ("parquet", parquet) })
        {
            string entities = from == "" ? "entities" : ParquetFile("entities");
            string summary = from == "" ? "entity_summary" : ParquetFile("entity_summary");
            Assert.Equal(mentions, Duck.Strings(connection, $"SELECT concat_ws('|', source, mention, text, coalesce(currency_assumed::VARCHAR, 'NULL')) FROM {entities} ORDER BY source, mention"));
            Assert.Equal(titles, Duck.Strings(connection, $"SELECT concat_ws('|', source, entity_id, name, coalesce(title, 'NULL')) FROM {summary} ORDER BY source, entity_id"));
        }
    }

    [Fact]
    public void The_parquet_files_have_the_columns_and_types_of_the_tables()
    {
        using var parquet = Duck.InMemory();
        foreach (var table in InsightSchema.AllTables)
        {
            var columns = Duck.Strings(parquet, $"SELECT column_name || ' ' || column_type FROM (DESCRIBE SELECT * FROM {ParquetFile(table.Name)})");
            Assert.Equal(table.Columns.Select(c => c.Name + " " + (c.Kind == ColumnKind.Timestamp ? "TIMESTAMP WITH TIME ZONE" : c.SqlType)), columns);
        }
    }

    [Fact]
    public async Task The_csv_has_a_last_language_column()
    {
        var csv = await CliRunner.RunAsync("analyze", _dir.Combine("in"), "--no-progress", "--format", "csv");
        using var connection = Duck.InMemory();
        string file = _dir.File("out.csv", csv.Output);
        var header = Duck.Strings(connection, $"SELECT column_name FROM (DESCRIBE SELECT * FROM read_csv('{file}', header = true, all_varchar = true))");
        Assert.Equal([.. TextInsight.Cli.Output.CsvRecordWriter.Columns], header);
        Assert.Equal("language", header[^1]);
        var expected = Documents.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => d.Name + "|" + (d.Language ?? "NULL")).ToList();
        Assert.Equal(expected, Duck.Strings(connection, LanguageSql($"read_csv('{file}', header = true, all_varchar = true)")));
    }

    [Theory]
    [InlineData("out.duckdb")]
    [InlineData("out.parquet")]
    public async Task The_report_counts_the_documents_by_language(string data)
    {
        string html = _dir.Combine(data + ".html");
        var report = await CliRunner.RunAsync("report", _dir.Combine(data), "--out", html);
        Assert.True(report.ExitCode == 0, report.Error);
        string page = File.ReadAllText(html);
        int start = page.IndexOf($"<section id=\"{HtmlReport.LanguagesChart}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no languages chart");
        string section = page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
        foreach (string language in new[] { "en", "und-Latn", "und-Cyrl", "und-Hani" })
        {
            Assert.Contains($">{language}<", section, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("not recorded)<", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_added_after_version_2_come_last_and_may_be_null()
    {
        foreach (var table in InsightSchema.AllTables)
        {
            var added = table.Columns.SkipWhile(c => c.AddedIn <= InsightSchema.OldestUpgradable).ToList();
            Assert.All(added, c => Assert.True(c.AddedIn > InsightSchema.OldestUpgradable && c.AddedIn <= InsightSchema.Version && !c.Required, $"{table.Name}.{c.Name}"));
        }

        Assert.Equal(["documents.language", "entities.currency_assumed", "entity_summary.title"], InsightStore.ColumnsAddedSince(2));
    }

    private static string LanguageSql(string from) => $"SELECT source || '|' || coalesce(language, 'NULL') FROM {from} ORDER BY source";

    private string ParquetFile(string table) => $"read_parquet('{Path.Combine(Parquet, table + ".parquet")}')";

    private static string Bool(bool? value) => value switch
    {
        null => "NULL",
        true => "true",
        false => "false",
    };
}
