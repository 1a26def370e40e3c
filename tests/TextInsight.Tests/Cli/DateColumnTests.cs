using System.Text.Json;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>
/// Exports whose publication date is a column (<c>--date-column</c>): the date is the record's <c>published</c> and
/// relative dates resolve against it; a value that cannot be read is a warning, never a lost document.
/// </summary>
public class DateColumnTests
{
    // 5 March 2020 was a Thursday: "on Tuesday" is 3 March, "yesterday" 4 March.
    private const string Text = "Harbour Works said on Tuesday that it had opened a yard in Dunmore. Its owner, Ines Varga, signed the lease yesterday.";

    private static string Csv(params string[] cells) => string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static string JsonLine(object row) => JsonSerializer.Serialize(row);

    private static IEnumerable<string?> Dates(AnalysisRecord r) => r.Entities!.Where(e => e.Type == "Date").Select(e => e.Iso);

    [Fact]
    public async Task Csv_dates_in_the_usual_forms_give_published_and_resolve_relative_dates()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,date,text\n"
            + Csv("iso", "2020-03-05", Text) + "\n"
            + Csv("rfc", "Thu, 05 Mar 2020 10:31:00 GMT", Text) + "\n"
            + Csv("offset", "2020-03-05T23:30:00-05:00", Text) + "\n"
            + Csv("unix", "1583404260", Text) + "\n");
        var run = await CliRunner.RunAsync("analyze", csv, "--date-column", "date", "--no-progress");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["iso", "rfc", "offset", "unix"], run.Records.Select(r => r.Source));
        Assert.All(run.Records, r =>
        {
            Assert.Equal("2020-03-05", r.Published);
            Assert.Equal(["2020-03-03", "2020-03-04"], Dates(r));
            Assert.Empty(r.Warnings);
        });
    }

    [Fact]
    public async Task Without_the_column_the_relative_dates_are_dropped_and_the_record_is_unchanged()
    {
        using var dir = new TempFolder();
        string dated = dir.File("dated.csv", "id,date,text\n" + Csv("r1", "2020-03-05", Text) + "\n");
        string plain = dir.File("plain.csv", "id,text\n" + Csv("r1", Text) + "\n");
        var without = Assert.Single((await CliRunner.RunAsync("analyze", dated, "--no-progress")).Records);
        var expected = Assert.Single((await CliRunner.RunAsync("analyze", plain, "--no-progress")).Records);

        Assert.Null(without.Published);
        Assert.Empty(Dates(without));
        Assert.Equal(AnalysisJson.Serialize(expected), AnalysisJson.Serialize(without));
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_is_a_warning_and_the_document_is_still_analyzed()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,date,text\n" + Csv("bad", "32/13/2020", Text) + "\n" + Csv("ambiguous", "03/05/2020", Text) + "\n");
        var run = await CliRunner.RunAsync("analyze", csv, "--date-column", "date", "--no-progress");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.Records.Count);
        Assert.All(run.Records, r =>
        {
            Assert.Null(r.Error);
            Assert.Null(r.Published);
            Assert.NotEmpty(r.Sentences!);
        });
        Assert.Equal(
            "date column 'date': could not read '32/13/2020' as a date (neither as day/month nor as month/day is it a date); the date was read from the text",
            Assert.Single(run.Records[0].Warnings));
        Assert.StartsWith("date column 'date': could not read '03/05/2020' as a date (a date of numbers with the year last is read only with --date-format", Assert.Single(run.Records[1].Warnings), StringComparison.Ordinal);

        var withFormat = Assert.Single((await CliRunner.RunAsync("analyze", dir.File("one.csv", "id,date,text\n" + Csv("us", "03/05/2020", Text) + "\n"), "--date-column", "date", "--date-format", "MM/dd/yyyy", "--no-progress")).Records);
        Assert.Equal("2020-03-05", withFormat.Published);
        Assert.Empty(withFormat.Warnings);
    }

    /// <summary>An export's unset date written as the zero time (0001-01-01) in a TSV date column is a warning, not year 1.</summary>
    [Fact]
    public async Task A_placeholder_date_in_a_tsv_column_is_a_warning_and_no_publication_date()
    {
        using var dir = new TempFolder();
        string tsv = dir.File("rows.tsv", "id\tdate\ttext\nz\t0001-01-01T00:00:00Z\tPort workers will meet union leaders in Leeds on Tuesday.\n");

        var record = Assert.Single((await CliRunner.RunAsync("analyze", tsv, "--date-column", "date", "--no-progress")).Records);

        Assert.Null(record.Error);
        Assert.Null(record.Published);
        Assert.StartsWith("date column 'date': could not read '0001-01-01T00:00:00Z' as a date (a date before 1800 is a placeholder", Assert.Single(record.Warnings), StringComparison.Ordinal);
        Assert.Empty(Dates(record));
    }

    [Fact]
    public async Task An_empty_cell_falls_back_to_the_date_in_the_text_silently()
    {
        using var dir = new TempFolder();
        const string dated = "Yard opens in Dunmore\n\nPublished 9 March 2020\n\n" + Text;
        string csv = dir.File("rows.csv", "id,date,text\n" + Csv("r1", string.Empty, dated) + "\n");
        string plain = dir.File("plain.csv", "id,text\n" + Csv("r1", dated) + "\n");
        var r = Assert.Single((await CliRunner.RunAsync("analyze", csv, "--date-column", "date", "--no-progress")).Records);
        var expected = Assert.Single((await CliRunner.RunAsync("analyze", plain, "--no-progress")).Records);

        Assert.Equal("2020-03-09", r.Published);
        Assert.Equal(AnalysisJson.Serialize(expected), AnalysisJson.Serialize(r));
    }

    [Fact]
    public async Task A_given_date_wins_over_a_date_line_in_the_text()
    {
        using var dir = new TempFolder();
        const string dated = "Yard opens in Dunmore\n\nPublished 9 March 2020\n\n" + Text;
        string csv = dir.File("rows.csv", "id,date,text\n" + Csv("r1", "2020-03-05", dated) + "\n");
        var r = Assert.Single((await CliRunner.RunAsync("analyze", csv, "--date-column", "date", "--no-progress")).Records);

        Assert.Equal("2020-03-05", r.Published);
        Assert.Equal("Yard opens in Dunmore", r.Title);
        Assert.Equal(["2020-03-03", "2020-03-04"], Dates(r).Where(d => d != "2020-03-09"));
    }

    [Fact]
    public async Task Json_lines_dates_are_strings_or_unix_numbers_and_a_missing_field_is_noted()
    {
        using var dir = new TempFolder();
        string jsonl = dir.File("rows.jsonl",
            JsonLine(new { id = "iso", published_at = "2020-03-05T10:31:00Z", text = Text }) + "\n"
            + JsonLine(new { id = "rfc", published_at = "Thu, 05 Mar 2020 10:31:00 GMT", text = Text }) + "\n"
            + JsonLine(new { id = "seconds", published_at = 1583404260, text = Text }) + "\n"
            + JsonLine(new { id = "ms", published_at = 1583404260000, text = Text }) + "\n"
            + JsonLine(new { id = "null", published_at = (string?)null, text = Text }) + "\n"
            + JsonLine(new { id = "missing", text = Text }) + "\n"
            + JsonLine(new { id = "bad", published_at = true, text = Text }) + "\n");
        var run = await CliRunner.RunAsync("analyze", jsonl, "--date-column", "published_at", "--no-progress");
        var r = run.Records.ToDictionary(x => x.Source);

        Assert.Equal(0, run.ExitCode);
        foreach (string id in new[] { "iso", "rfc", "seconds", "ms" })
        {
            Assert.Equal("2020-03-05", r[id].Published);
            Assert.Equal(["2020-03-03", "2020-03-04"], Dates(r[id]));
        }

        Assert.Null(r["null"].Published);
        Assert.Empty(r["null"].Warnings);
        Assert.Equal("the line has no field 'published_at' for the publication date; the date was read from the text", Assert.Single(r["missing"].Warnings));
        Assert.Equal("date field 'published_at': could not read 'true' as a date (it is a JSON true, not a string or a number); the date was read from the text", Assert.Single(r["bad"].Warnings));
        Assert.Empty(Dates(r["bad"]));
    }

    [Fact]
    public async Task A_date_column_missing_from_a_csv_is_a_usage_error_that_lists_the_columns()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,text\nr1,The council approved the budget.\n");
        var run = await CliRunner.RunAsync("analyze", csv, "--date-column", "pubDate");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("rows.csv: there is no column 'pubDate' for the publication date; the columns are: id, text. Name the date column with --date-column.", run.Error, StringComparison.Ordinal);

        using var folder = new TempFolder();
        folder.File("in/rows.csv", "id,text\nr1,The council approved the budget.\n");
        var inFolder = await CliRunner.RunAsync("analyze", folder.Combine("in"), "--date-column", "pubDate", "--no-progress");
        var record = Assert.Single(inFolder.Records);
        Assert.Equal(1, inFolder.ExitCode);
        Assert.Equal(ErrorCodes.MissingDateField, record.Error!.Code);
    }

    [Theory]
    [InlineData("--date-format", "dd/MM/yyyy")] // a format without the column it describes
    [InlineData("--date-column", "date", "--date-format", "yyyy-MM")]
    public async Task Date_options_that_cannot_work_are_usage_errors(params string[] options)
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,date,text\nr1,2020-03-05,The council approved the budget.\n");
        var run = await CliRunner.RunAsync(["analyze", csv, .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("--date-", run.Error, StringComparison.Ordinal);
    }
}
