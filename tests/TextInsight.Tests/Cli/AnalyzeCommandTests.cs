using System.IO.Compression;
using System.Text;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class AnalyzeCommandTests
{
    private const string Article = "Council approves budget\n\nThe city council approved the budget on Monday. It takes effect in May.\n\nThe mayor welcomed the vote.\n";

    [Fact]
    public async Task A_folder_gives_one_record_per_file_in_path_order_with_relative_sources()
    {
        using var dir = new TempFolder();
        dir.File("b/2.txt", Article);
        dir.File("a.txt", Article);
        dir.File("b/1.md", Article);
        var run = await CliRunner.RunAsync("analyze", dir.Path, "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a.txt", "b/1.md", "b/2.txt"], run.Records.Select(r => r.Source));
        Assert.All(run.Records, r => SpanInvariants.Check(r, Article));
    }

    [Fact]
    public async Task An_empty_file_gives_an_empty_document_error()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("empty.txt", string.Empty));
        AssertSingleError(run, ErrorCodes.EmptyDocument, "empty.txt");
    }

    [Fact]
    public async Task A_whitespace_only_file_gives_a_whitespace_error()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("blank.txt", " \n\t\n  \n"));
        AssertSingleError(run, ErrorCodes.WhitespaceOnly, "blank.txt");
    }

    [Fact]
    public async Task A_50_MB_document_gives_a_too_large_error_that_names_the_option()
    {
        using var dir = new TempFolder();
        string path = dir.Combine("huge.txt");
        using (var f = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("All work and no play makes a dull article. ");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                f.Write(line);
            }
        }

        var run = await CliRunner.RunAsync("analyze", path);
        var record = AssertSingleError(run, ErrorCodes.TooLarge, "huge.txt");
        Assert.Contains("--max-document-mb", record.Error!.Message);
    }

    [Fact]
    public async Task A_named_pipe_given_as_a_file_is_read_to_its_end()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No named pipes in the file system there.
        }

        // A named pipe (`mkfifo feed.txt`, written by another program) has no length: it must be read to its end from the one opening its
        // writer meets, not taken for an empty file or opened a second time (which waits for a writer for ever).
        using var dir = new TempFolder();
        string pipe = dir.Combine("article.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var run = CliRunner.RunAsync("analyze", pipe, "--no-progress");
        var writer = Task.Run(() => File.WriteAllText(pipe, "Bridge opens\n\nThe new bridge in Oslo opened on Monday after three years of work.\n"));
        var both = Task.WhenAll(run, writer);
        if (await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(60))) != both)
        {
            // Whichever side still waits in open() is released by the other end, so that the failure does not hang the run.
            _ = Task.Run(() => { using var w = new FileStream(pipe, FileMode.Open, FileAccess.Write); });
            _ = Task.Run(() => { using var r = new FileStream(pipe, FileMode.Open, FileAccess.Read); r.CopyTo(Stream.Null); });
            Assert.Fail("analyze did not read the pipe to its end within 60 s");
        }

        var result = await run;
        Assert.Equal(0, result.ExitCode);
        var record = Assert.Single(result.Records);
        Assert.Null(record.Error);
        Assert.Equal("Bridge opens", record.Title);
        Assert.Contains("three years of work", record.Body);
    }

    [Fact]
    public async Task Invalid_utf8_is_decoded_as_windows_1252_with_a_warning()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.ASCII.GetBytes("Prices rise\n\nA ticket now costs ").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes("50.\n")).ToArray();
        var run = await CliRunner.RunAsync("analyze", dir.File("latin1.txt", bytes));
        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Equal(["decoded as windows-1252"], record.Warnings);
        Assert.Contains("£50", record.Body);
    }

    [Fact]
    public async Task A_utf8_byte_order_mark_is_removed_so_offsets_start_at_the_text()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]));
        var record = Assert.Single(run.Records);
        Assert.Equal("Council approves budget", record.Title);
        Assert.Equal(0, record.TitleSpan!.Start);
        Assert.Empty(record.Warnings);
    }

    [Fact]
    public async Task A_utf16_file_with_its_byte_order_mark_is_text_not_binary()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Article)]));
        var record = Assert.Single(run.Records);
        Assert.Null(record.Error);
        Assert.Equal("Council approves budget", record.Title);
    }

    [Fact]
    public async Task A_binary_file_with_nul_bytes_gives_a_binary_content_error()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("blob.txt", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00 }));
        var record = AssertSingleError(run, ErrorCodes.BinaryContent, "blob.txt");
        Assert.Contains("offset 4", record.Error!.Message);
    }

    [Fact]
    public async Task A_ragged_csv_row_is_an_error_record_and_the_other_rows_are_analyzed()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,text\nr1,\"Budget passes. It takes effect in May.\"\nr2,Too,many,fields\nr3,The mayor welcomed the vote.\n");
        var run = await CliRunner.RunAsync("analyze", csv);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["r1", "r2", "r3"], run.Records.Select(r => r.Source));
        Assert.Null(run.Records[0].Error);
        Assert.Equal(ErrorCodes.CsvBadRow, run.Records[1].Error!.Code);
        Assert.Contains("has 4 fields but the header has 2", run.Records[1].Error!.Message);
        Assert.Null(run.Records[2].Error);
    }

    [Fact]
    public async Task An_unterminated_csv_quote_is_an_error_record_that_says_what_happened()
    {
        using var dir = new TempFolder();
        string csv = dir.File("quote.csv", "id,text\nr1,Fine row.\nr2,\"Never closed\nr3,Swallowed.\n");
        var run = await CliRunner.RunAsync("analyze", csv);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Records.Count);
        Assert.Null(run.Records[0].Error);
        Assert.Equal(ErrorCodes.CsvBadQuote, run.Records[1].Error!.Code);
        Assert.Contains("never closed", run.Records[1].Error!.Message);
    }

    [Fact]
    public async Task An_unterminated_csv_quote_stops_at_the_row_limit_with_a_too_large_record_naming_file_and_row()
    {
        using var dir = new TempFolder();
        var content = new StringBuilder("id,text,note\nr1,Fine row.,\n");
        // 3,000 bytes: under the row limit of 4 × 0.001 MB (4,192 bytes), though its note is longer than a document may be.
        content.Append("r2,The council approved the budget.,").Append('x', 3000).Append('\n');
        content.Append("r3,\"Never closed\n");
        for (int i = 0; i < 2000; i++)
        {
            content.Append('r').Append(i + 4).Append(",Swallowed row.,\n");
        }

        string csv = dir.File("quote.csv", content.ToString());
        var run = await CliRunner.RunAsync("analyze", csv, "--max-document-mb", "0.001", "--no-progress");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.Records.Count);
        Assert.Null(run.Records[0].Error);
        Assert.Null(run.Records[1].Error);
        var record = run.Records[2];
        Assert.Equal(ErrorCodes.TooLarge, record.Error!.Code);
        Assert.EndsWith("quote.csv#3", record.Source);
        Assert.StartsWith(record.Source + ": row 3 (line 4) of ", record.Error.Message);
        Assert.Contains("is longer than 4,192 bytes, the limit for a CSV row (4 × --max-document-mb)", record.Error.Message);
        Assert.Contains("never closed", record.Error.Message);
        Assert.Contains("--max-document-mb", record.Error.Message);
        Assert.Contains("analyzed 3 documents, 1 failed", run.Error);
    }

    [Fact]
    public async Task A_missing_csv_column_is_a_usage_error_that_lists_the_columns()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "key,body\n1,Some text.\n");
        var run = await CliRunner.RunAsync("analyze", csv);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("the columns are: key, body", run.Error);
        Assert.Contains("--text-column", run.Error);
    }

    [Fact]
    public async Task A_csv_inside_a_folder_without_the_column_is_that_files_error_record_and_the_run_goes_on()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Article);
        dir.File("b/rows.csv", "key,body\n1,Some text.\n");
        dir.File("c.csv", "id,text,key\nr1,Budget passes in May.,k\n");
        var run = await CliRunner.RunAsync("analyze", dir.Path, "--no-progress");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["a.txt", "b/rows.csv", "r1"], run.Records.Select(r => r.Source));
        Assert.Equal(ErrorCodes.MissingTextField, run.Records[1].Error!.Code);
        Assert.Equal("b/rows.csv: there is no column 'text' for the text; the columns are: key, body. Name the text column with --text-column.", run.Records[1].Error!.Message);
        Assert.Null(run.Records[2].Error);

        var withId = await CliRunner.RunAsync("analyze", dir.Combine("c.csv"), dir.Combine("b"), "--id-column", "key", "--no-progress");
        Assert.Equal(1, withId.ExitCode);
        Assert.Equal("k", withId.Records[0].Source);
        Assert.Equal(ErrorCodes.MissingTextField, withId.Records[1].Error!.Code);

        using var other = new TempFolder();
        other.File("ids.csv", "id,text\nr1,Budget passes in May.\n");
        var idMissing = await CliRunner.RunAsync("analyze", other.Path, "--id-column", "key", "--no-progress");
        var record = Assert.Single(idMissing.Records);
        Assert.Equal(ErrorCodes.MissingIdField, record.Error!.Code);
        Assert.Equal("ids.csv: there is no column 'key' for the id; the columns are: id, text. Name the id column with --id-column.", record.Error.Message);
    }

    [Fact]
    public async Task Json_lines_with_a_malformed_line_and_a_line_without_text_give_error_records_in_place()
    {
        using var dir = new TempFolder();
        string jsonl = dir.File("docs.jsonl", "{\"id\":\"a\",\"text\":\"Budget passes. It takes effect in May.\"}\n{\"id\":\"b\",\"text\":\n\n{\"id\":\"c\",\"body\":\"no text field\"}\n{\"id\":7,\"text\":\"The mayor welcomed the vote.\"}\n");
        var run = await CliRunner.RunAsync("analyze", jsonl);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["a", "docs.jsonl:2", "c", "7"], run.Records.Select(r => r.Source.Replace(dir.Path.Replace('\\', '/') + "/", string.Empty)));
        Assert.Equal(ErrorCodes.JsonMalformed, run.Records[1].Error!.Code);
        Assert.Equal(ErrorCodes.MissingTextField, run.Records[2].Error!.Code);
        Assert.Contains("'text'", run.Records[2].Error!.Message);
    }

    [Fact]
    public async Task A_missing_path_gives_a_not_found_record_and_the_run_goes_on()
    {
        using var dir = new TempFolder();
        string ok = dir.File("ok.txt", Article);
        var run = await CliRunner.RunAsync("analyze", Path.Combine(dir.Path, "nope.txt"), ok);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.Records.Count);
        Assert.Equal(ErrorCodes.NotFound, run.Records[0].Error!.Code);
        Assert.Contains("nope.txt", run.Records[0].Error!.Message);
        Assert.Null(run.Records[1].Error);
    }

    [Fact]
    public async Task An_unreadable_file_gives_an_unreadable_record()
    {
        using var dir = new TempFolder();
        // A corrupt gzip file cannot be read by anyone, root included (file permissions do not stop root).
        string bad = dir.File("broken.txt.gz", Encoding.ASCII.GetBytes("this is not gzip data at all"));
        var run = await CliRunner.RunAsync("analyze", bad);
        var record = AssertSingleError(run, ErrorCodes.Unreadable, "broken.txt");
        Assert.Contains("gzip", record.Error!.Message);
    }

    [Fact]
    public async Task A_folder_without_supported_files_gives_a_no_documents_record()
    {
        using var dir = new TempFolder();
        dir.File("image.png", new byte[] { 1, 2, 3 });
        var run = await CliRunner.RunAsync("analyze", dir.Path);
        var record = AssertSingleError(run, ErrorCodes.NoDocuments, dir.Path.Replace('\\', '/'));
        Assert.Contains(".jsonl", record.Error!.Message);
    }

    [Fact]
    public async Task A_mixed_folder_gives_exactly_one_record_per_document()
    {
        using var dir = new TempFolder();
        dir.File("good.txt", Article);
        dir.File("empty.txt", string.Empty);
        dir.File("blob.txt", new byte[] { 0, 1, 2 });
        dir.File("page.html", "<html><body><article><h1>Title here</h1><p>The council approved the budget on Monday.</p></article></body></html>");
        dir.File("rows.csv", "id,text\nx,One row of text.\ny,\"Another row, quoted.\"\nz,bad,row\n");
        dir.File("lines.jsonl", "{\"text\":\"First line document.\"}\nnot json\n{\"text\":\"Third.\"}\n");
        dir.File("notes.json", "{}");
        using (var gz = new GZipStream(File.Create(dir.Combine("zipped.txt.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(Article));
        }

        var run = await CliRunner.RunAsync("analyze", dir.Path);
        // good, empty, blob, page, 3 CSV rows, 3 JSON lines, zipped: 11 documents; notes.json is not a supported kind.
        Assert.Equal(11, run.Records.Count);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(4, run.Records.Count(r => r.Error is not null));
        Assert.Contains(run.Records, r => r.Source == "zipped.txt" && r.Error is null);
        Assert.Contains("skipped 1 files", run.Error);
        Assert.Contains("analyzed 11 documents, 4 failed", run.Error);
    }

    [Fact]
    public async Task Gzip_csv_and_json_lines_are_read_transparently()
    {
        using var dir = new TempFolder();
        WriteGz(dir.Combine("rows.csv.gz"), "id,text\nr1,Budget passes in May.\n");
        WriteGz(dir.Combine("lines.jsonl.gz"), "{\"id\":\"j1\",\"text\":\"The mayor welcomed the vote.\"}\n");
        var run = await CliRunner.RunAsync("analyze", dir.Path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["j1", "r1"], run.Records.Select(r => r.Source));
    }

    [Fact]
    public async Task Standard_input_is_one_document()
    {
        var run = await CliRunner.RunAsync(["analyze", "-"], Encoding.UTF8.GetBytes(Article));
        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Equal("-", record.Source);
        Assert.Equal("Council approves budget", record.Title);
    }

    [Fact]
    public async Task Html_is_picked_by_extension_and_by_sniffing()
    {
        using var dir = new TempFolder();
        const string page = "<!DOCTYPE html><html><head><title>Budget passes</title></head><body><p>The council approved the budget on Monday.</p></body></html>";
        dir.File("page.htm", page);
        dir.File("sniffed.txt", page);
        var run = await CliRunner.RunAsync("analyze", dir.Path);
        Assert.Equal(["page.htm", "sniffed.txt"], run.Records.Select(r => r.Source));
        Assert.All(run.Records, r =>
        {
            Assert.Equal("Budget passes", r.Title);
            Assert.NotNull(r.Text);
            Assert.DoesNotContain("<p>", r.Body);
        });
    }

    [Fact]
    public async Task Json_format_is_one_array_and_csv_format_one_row_per_document()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Article);
        dir.File("b.txt", string.Empty);
        var json = await CliRunner.RunAsync("analyze", dir.Path, "--format", "json");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Output);
        Assert.Equal(2, doc.RootElement.GetArrayLength());

        var csv = await CliRunner.RunAsync("analyze", dir.Path, "--format", "csv");
        var lines = csv.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("source,title,byline,published,topic", lines[0]);
        Assert.StartsWith("a.txt,Council approves budget,", lines[1]);
        Assert.EndsWith("empty_document,b.txt: the document is empty.,", lines[2].TrimEnd('\r'));
        Assert.EndsWith(",language", lines[0].TrimEnd('\r'));
        Assert.EndsWith(",en", lines[1].TrimEnd('\r'));
    }

    [Fact]
    public async Task Output_option_writes_to_a_file()
    {
        using var dir = new TempFolder();
        string input = dir.File("in/a.txt", Article);
        string output = dir.Combine("out.jsonl");
        var run = await CliRunner.RunAsync("analyze", input, "--output", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Single(File.ReadAllLines(output));
    }

    [Theory]
    [InlineData("--parallel", "0")]
    [InlineData("--summary-ratio", "1.5")]
    [InlineData("--format", "xml")]
    [InlineData("--no-such-option", "1")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Summary_length_options_are_applied()
    {
        using var dir = new TempFolder();
        string input = dir.File("a.txt", Article);
        var one = await CliRunner.RunAsync("analyze", input, "--summary-sentences", "1");
        Assert.Single(one.Records[0].Summary!.Sentences);
        var all = await CliRunner.RunAsync("analyze", input, "--summary-ratio", "1");
        Assert.Equal(3, all.Records[0].Summary!.Sentences.Count);
    }

    [Fact]
    public async Task Parallel_one_and_two_give_byte_identical_output_on_the_corpus()
    {
        var one = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--parallel", "1");
        var two = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--parallel", "2");
        Assert.Equal(0, one.ExitCode);
        Assert.NotEmpty(one.Output);
        Assert.Equal(one.Output, two.Output);
    }

    private static AnalysisRecord AssertSingleError(CliResult run, string code, string sourceEnd)
    {
        Assert.Equal(1, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.NotNull(record.Error);
        Assert.Equal(code, record.Error!.Code);
        Assert.EndsWith(sourceEnd, record.Source);
        Assert.StartsWith(record.Source, record.Error.Message);
        return record;
    }

    private static void WriteGz(string path, string content)
    {
        using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(content));
    }
}
