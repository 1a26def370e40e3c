using System.IO.Compression;
using System.Text;
using TextInsight.Cli.Input;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>
/// Delimited files as data teams have them: TSV written by pandas (quoted only where needed), by databases and Unix
/// tools (linear TSV: no quoting, backslash escapes), raw TSV with literal quotes, and CSV separated by semicolons as
/// Excel writes it where the comma is the decimal mark; the delimiter chosen from the header line.
/// </summary>
public class DelimitedInputTests
{
    private const string Multiline = "The council met on Monday.\nIt approved the budget, \"with reservations\", said Ann Smith.\tTabbed.";
    private const string Quoting = "\"Rain again,\" said the forecaster in London. It will not stop.";
    private const string Backslash = @"The path C:\new\table is not an escape.";

    private static List<DocumentInput> Read(string path, InputOptions? options = null)
    {
        var (kind, gz, _) = InputFile.Classify(Path.GetFileName(path));
        return CsvDocumentReader.Read(new InputFile(path, Path.GetFileName(path), kind, gz), options ?? new InputOptions(), _ => { }).ToList();
    }

    [Theory]
    [InlineData("rows.tsv")]
    [InlineData("rows.tab")]
    [InlineData("rows.tsv.gz")]
    public void A_tsv_written_by_pandas_reads_its_quoted_multi_line_texts_whole(string name)
    {
        using var dir = new TempFolder();
        // pandas' to_csv(sep='\t'): a field is quoted only when it holds a tab, a quote or a line break.
        string content = "id\ttitle\ttext\n"
            + "a1\tBudget\t\"" + Multiline.Replace("\"", "\"\"") + "\"\n"
            + "a2\tRain\t\"" + Quoting.Replace("\"", "\"\"") + "\"\n"
            + "a3\tPaths\t" + Backslash + "\n";
        string path = name.EndsWith(".gz", StringComparison.Ordinal) ? dir.File(name, Gzip(content)) : dir.File(name, content);

        var documents = Read(path, new InputOptions { TitleColumn = "title", TsvEscapes = false });

        Assert.Equal(["a1", "a2", "a3"], documents.Select(d => d.Source));
        Assert.Equal([Multiline, Quoting, Backslash], documents.Select(d => d.Content));
        Assert.Equal(["Budget", "Rain", "Paths"], documents.Select(d => d.Title));
    }

    [Fact]
    public void A_linear_tsv_as_postgres_copy_writes_it_has_its_escapes_read_and_keeps_other_backslashes()
    {
        using var dir = new TempFolder();
        static string Escape(string s) => s.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");
        string path = dir.File("copy.tsv", "id\ttext\n"
            + "a1\t" + Escape(Multiline) + "\n"
            + "a2\t" + Escape(Quoting) + "\n"
            + "a3\t" + Escape(Backslash) + "\n"
            + "a4\tA backslash \\q that escapes nothing stays.\n"
            + "a5\t\\N\n");

        var documents = Read(path);

        Assert.Equal([Multiline, Quoting, Backslash, "A backslash \\q that escapes nothing stays.", string.Empty], documents.Select(d => d.Content));

        // Turned off, the escapes are the characters written.
        var raw = Read(path, new InputOptions { TsvEscapes = false });
        Assert.Equal(Escape(Multiline), raw[0].Content);
    }

    [Fact]
    public void A_raw_tsv_keeps_quotes_at_field_starts_and_inside_as_characters()
    {
        using var dir = new TempFolder();
        string path = dir.File("raw.tsv", "id\ttext\tnote\n"
            + "r1\t\"Rain again,\" said the forecaster.\tx\n"
            + "r2\tShe said \"no\" to the \"plan\" and left.\ty\n"
            + "r3\t\"Yes\"\t\"quoted note\"\n"
            + "r4\t\"Never closed, she said\tz\n"
            + "r5\tThe end.\tw\n");

        var documents = Read(path);

        Assert.All(documents, d => Assert.Null(d.Error));
        Assert.Equal(
            ["\"Rain again,\" said the forecaster.", "She said \"no\" to the \"plan\" and left.", "Yes", "\"Never closed, she said", "The end."],
            documents.Select(d => d.Content));
    }

    [Fact]
    public void A_quote_opened_and_never_closed_in_a_row_that_does_not_fit_the_header_is_a_bad_quote_naming_file_row_and_line()
    {
        using var dir = new TempFolder();
        // A pandas file cut inside a quoted text: the row, read with the quote as a character, has too few fields.
        string path = dir.File("cut.tsv", "id\ttext\tnote\nr1\t\"Line one\nline two\"\tx\nr2\t\"Cut short\nand never closed\n");

        var documents = Read(path);

        Assert.Equal(2, documents.Count);
        Assert.Equal("Line one\nline two", documents[0].Content);
        var error = documents[1].Error!;
        Assert.Equal(ErrorCodes.CsvBadQuote, error.Code);
        Assert.StartsWith("cut.tsv#2: row 2 (line 4) of cut.tsv opens a quote that is never closed", error.Message);
    }

    [Fact]
    public void A_ragged_tsv_row_is_an_error_record_naming_row_and_line_and_the_other_rows_are_read()
    {
        using var dir = new TempFolder();
        string path = dir.File("ragged.tsv", "id\ttext\nr1\t\"Two\nlines.\"\nr2\tone\ttoo many\nr3\tThe mayor spoke.\n");

        var documents = Read(path);

        Assert.Equal(["r1", "r2", "r3"], documents.Select(d => d.Source));
        Assert.Equal(ErrorCodes.CsvBadRow, documents[1].Error!.Code);
        Assert.Equal("r2: row 2 (line 4) of ragged.tsv has 3 fields but the header has 2.", documents[1].Error!.Message);
        Assert.Equal("The mayor spoke.", documents[2].Content);
    }

    [Fact]
    public void A_tsv_row_over_the_limit_is_too_large_and_the_rows_after_it_are_read()
    {
        using var dir = new TempFolder();
        var content = new StringBuilder("id\ttext\nr1\tFine.\nr2\t").Append('x', 6000).Append("\nr3\tAfter it.\n");
        string path = dir.File("long.tsv", content.ToString());

        var documents = Read(path, new InputOptions { MaxDocumentBytes = 1000 });

        Assert.Equal(3, documents.Count);
        Assert.Equal(ErrorCodes.TooLarge, documents[1].Error!.Code);
        Assert.StartsWith("long.tsv#2: row 2 (line 3) of long.tsv is longer than", documents[1].Error!.Message);
        Assert.Equal("After it.", documents[2].Content);
    }

    [Fact]
    public async Task An_excel_semicolon_csv_with_bom_and_crlf_just_works_without_options()
    {
        using var dir = new TempFolder();
        string content = "id;title;text\r\n"
            + "a1;Budget;\"The council met on Monday; it approved the budget.\r\nThe mayor welcomed it.\"\r\n"
            + "a2;Rain;Rain fell in London, said the forecaster.\r\n";
        string path = dir.File("excel.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)]);

        var documents = Read(path);
        Assert.Equal(["a1", "a2"], documents.Select(d => d.Source));
        Assert.Equal("The council met on Monday; it approved the budget.\r\nThe mayor welcomed it.", documents[0].Content);

        var run = await CliRunner.RunAsync("analyze", path, "--title-column", "title", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a1", "a2"], run.Records.Select(r => r.Source));
        Assert.Equal("Budget", run.Records[0].Title);
    }

    [Fact]
    public void A_one_column_csv_whose_texts_hold_semicolons_is_read_by_its_header_not_by_how_often_a_character_recurs()
    {
        using var dir = new TempFolder();
        // CsvHelper's own guess (a character that recurs as often on every line) split these rows at each ';' into
        // csv_bad_row errors: the header, which names the text column whole, says the file has one column.
        var content = new StringBuilder("text\n");
        for (int i = 0; i < 5; i++)
        {
            content.Append("Rain fell; then snow; then sun ").Append(i).Append(".\n");
        }

        var documents = Read(dir.File("one.csv", content.ToString()));

        Assert.Equal(5, documents.Count);
        Assert.All(documents, d => Assert.Null(d.Error));
        Assert.Equal("Rain fell; then snow; then sun 0.", documents[0].Content);
    }

    [Fact]
    public async Task When_no_delimiter_gives_the_columns_the_usage_error_says_how_each_splits_the_header_and_what_to_pass()
    {
        using var dir = new TempFolder();
        string path = dir.File("rows.csv", "key;body\n1;Some text.\n");

        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no column 'text' for the text; the columns are: key;body.", run.Error);
        Assert.Contains("Split by ';' the columns are: key, body.", run.Error);
        Assert.Contains("--delimiter ';'", run.Error);

        var named = await CliRunner.RunAsync("analyze", path, "--text-column", "body", "--id-column", "key", "--no-progress");
        Assert.Equal(0, named.ExitCode);
        Assert.Equal("1", Assert.Single(named.Records).Source);
    }

    [Fact]
    public async Task A_header_two_delimiters_fit_is_a_usage_error_until_delimiter_names_one()
    {
        using var dir = new TempFolder();
        string path = dir.File("odd.csv", "text;x|text\nA;b|c\n");

        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("by ';': text, x|text", run.Error);
        Assert.Contains("by '|': text;x, text", run.Error);
        Assert.Contains("--delimiter", run.Error);

        // Inside a folder, the same file is that file's error record.
        var folder = await CliRunner.RunAsync("analyze", dir.Path, "--no-progress");
        Assert.Equal(ErrorCodes.AmbiguousDelimiter, Assert.Single(folder.Records).Error!.Code);

        var given = await CliRunner.RunAsync("analyze", path, "--delimiter", "|", "--no-progress");
        Assert.Equal(0, given.ExitCode);
    }

    /// <summary>
    /// <c>--delimiter</c> applies to every delimited file: in a folder of Excel semicolon CSVs and TSVs read with
    /// <c>--delimiter ';'</c>, each TSV's record said only that its one column (tabs and all) was not the text column
    /// and to name it with <c>--text-column</c>; it now says the option split the header and which delimiter fits.
    /// </summary>
    [Fact]
    public async Task A_given_delimiter_that_does_not_fit_a_file_says_so_and_which_one_does()
    {
        using var dir = new TempFolder();
        dir.File("exports/excel.csv", "id;text\ne1;Some text about the port.\n");
        dir.File("exports/rows.tsv", "id\ttext\nt1\tOther text about the port.\n");

        var folder = await CliRunner.RunAsync("analyze", dir.Combine("exports"), "--delimiter", ";", "--no-progress");

        Assert.Equal(1, folder.ExitCode);
        Assert.Equal("e1", folder.Records[0].Source);
        var error = folder.Records[1].Error!;
        Assert.Equal(ErrorCodes.MissingTextField, error.Code);
        Assert.StartsWith("rows.tsv: there is no column 'text' for the text;", error.Message, StringComparison.Ordinal);
        Assert.Contains("The header was split by ';', as --delimiter ';' says for every delimited file; split by tab it has the columns: id, text. Leave --delimiter out", error.Message, StringComparison.Ordinal);

        // Named on the command line, the same is the usage error; without the option both files read.
        var named = await CliRunner.RunAsync("analyze", dir.Combine("exports/rows.tsv"), "--delimiter", ";", "--no-progress");
        Assert.Equal(2, named.ExitCode);
        Assert.Contains("read this file apart with --delimiter tab.", named.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRunner.RunAsync("analyze", dir.Combine("exports"), "--no-progress")).ExitCode);
    }

    [Theory]
    [InlineData(";")]
    [InlineData("tab")]
    [InlineData("\\t")]
    [InlineData("\t")]
    public void Delimiter_spellings_are_read(string spelling)
    {
        char expected = spelling == ";" ? ';' : '\t';
        Assert.Equal(expected, Delimiters.Parse(spelling));
    }

    [Fact]
    public async Task An_unknown_delimiter_is_a_usage_error_that_lists_the_choices()
    {
        using var dir = new TempFolder();
        string path = dir.File("rows.csv", "id,text\n1,Some text.\n");
        var run = await CliRunner.RunAsync("analyze", path, "--delimiter", ":", "--no-progress");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--delimiter ':' is not one of , ; | or tab", run.Error);
    }

    [Fact]
    public void The_file_kinds_own_delimiter_wins_when_it_gives_the_columns()
    {
        var csv = new InputFile("x.csv", "x.csv", InputKind.Csv, false);
        var tsv = new InputFile("x.tsv", "x.tsv", InputKind.Tsv, false);
        var options = new InputOptions();
        Assert.Equal(',', Delimiters.Choose(csv, "id,text;note", options).Delimiter);
        Assert.Equal(';', Delimiters.Choose(csv, "id;text;note,x", options).Delimiter);
        Assert.Equal('\t', Delimiters.Choose(tsv, "text", options).Delimiter);
        Assert.Equal(',', Delimiters.Choose(tsv, "id,text", options).Delimiter);
        Assert.Equal(',', Delimiters.Choose(csv, "text", options).Delimiter);
        Assert.Equal('|', Delimiters.Choose(csv, "\"id\"|\"text\"", options).Delimiter);

        // A column named by an option counts: a split that lacks it does not fit, and the error names that column.
        Assert.Equal(ErrorCodes.MissingDateField, Delimiters.Choose(csv, "id,text", options with { DateColumn = "date" }).Error!.Code);
        Assert.Equal(';', Delimiters.Choose(csv, "id;text;date", options with { DateColumn = "date" }).Delimiter);
    }

    [Fact]
    public async Task A_folder_reads_its_tsv_files_with_the_column_options()
    {
        using var dir = new TempFolder();
        dir.File("a.tsv", "key\tbody\nk1\tThe council approved the budget on Monday.\n");
        dir.File("b.tab", "key\tbody\nk2\tThe mayor welcomed the vote.\n");
        var run = await CliRunner.RunAsync("analyze", dir.Path, "--text-column", "body", "--id-column", "key", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["k1", "k2"], run.Records.Select(r => r.Source));
    }

    /// <summary>The four shapes of the same articles analyze to the same records (the larger check, over all 1,780, is in docs/ARCHITECTURE.md's Delimiters table: scripts/delimited-shapes.py).</summary>
    [SharedDataFact]
    public async Task Pandas_tsv_copy_tsv_semicolon_csv_and_comma_csv_of_bbc_articles_analyze_alike()
    {
        string articles = Path.Combine(RepoPaths.SharedData, "bbc", "articles");
        var files = Directory.EnumerateFiles(articles, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(articles, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Where((_, i) => i % 60 == 0)
            .ToList();
        using var dir = new TempFolder();
        var shapes = new Dictionary<string, StringBuilder>
        {
            ["pandas.tsv"] = new("id\tcategory\ttext\n"),
            ["copy.tsv"] = new("id\tcategory\ttext\n"),
            ["excel.csv"] = new("id;category;text\r\n"),
            ["comma.csv"] = new("id,category,text\n"),
        };
        foreach (string file in files)
        {
            string text = TextDecoder.Decode(file, File.ReadAllBytes(Path.Combine(articles, file))).Content!;
            string category = file.Split('/')[0];
            string quoted = "\"" + text.Replace("\"", "\"\"") + "\"";
            bool needsQuotes = text.AsSpan().IndexOfAny("\t\"\n\r") >= 0;
            shapes["pandas.tsv"].Append(file).Append('\t').Append(category).Append('\t').Append(needsQuotes ? quoted : text).Append('\n');
            shapes["copy.tsv"].Append(file).Append('\t').Append(category).Append('\t')
                .Append(text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r")).Append('\n');
            shapes["excel.csv"].Append(file).Append(';').Append(category).Append(';').Append(quoted).Append("\r\n");
            shapes["comma.csv"].Append(file).Append(',').Append(category).Append(',').Append(quoted).Append('\n');
        }

        var outputs = new List<List<string>>();
        foreach (var (name, content) in shapes)
        {
            var run = await CliRunner.RunAsync("analyze", dir.File(name, content.ToString()), "--no-progress");
            Assert.True(run.ExitCode == 0, $"{name}: {run.Error}");
            outputs.Add([.. run.Records.Select(r => AnalysisJson.Serialize(r))]);
        }

        Assert.Equal(files.Count, outputs[0].Count);
        Assert.All(outputs, o => Assert.Equal(outputs[0], o));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }
}
