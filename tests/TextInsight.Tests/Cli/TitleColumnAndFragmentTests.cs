using System.Text;
using System.Text.Json;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>Corpora as data teams hold them: HTML fragments in text files and cells, titles in a column of their own.</summary>
public class TitleColumnAndFragmentTests
{
    private const string Title = "Council approves budget";
    private const string Body = "The city council approved the budget on Monday. It takes effect in May.\n\nThe mayor welcomed the vote.";
    private const string Fragment = "<p>The city council approved the budget on Monday. It takes effect in May.</p>\n<p>The mayor welcomed the vote.</p>";

    private static string Csv(params string[] cells) => string.Join(",", cells.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static string JsonLine(object row) => JsonSerializer.Serialize(row);

    /// <summary>No field that holds text carries a tag, and every span indexes the record's text.</summary>
    private static void AssertClean(AnalysisRecord r)
    {
        Assert.Null(r.Error);
        Assert.NotNull(r.Text);
        SpanInvariants.Check(r, r.Text!);
        Assert.DoesNotContain("<p>", r.Text!, StringComparison.Ordinal);
        Assert.DoesNotContain("<", r.Body!, StringComparison.Ordinal);
        Assert.DoesNotContain("<", r.Summary!.Text, StringComparison.Ordinal);
        Assert.All(r.Sentences!, s => Assert.DoesNotContain("<", s.Text, StringComparison.Ordinal));
        Assert.All(r.Keyphrases!, k => Assert.DoesNotContain("<", k.Text, StringComparison.Ordinal));
        Assert.All(r.Entities!, e => Assert.DoesNotContain("<", e.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_text_file_holding_an_html_fragment_is_analyzed_as_html()
    {
        using var dir = new TempFolder();
        var run = await CliRunner.RunAsync("analyze", dir.File("post.txt", "<h1>" + Title + "</h1>\n" + Fragment), "--no-progress");
        var r = Assert.Single(run.Records);
        AssertClean(r);
        Assert.Equal(Title, r.Title);
        Assert.Equal(3, r.Sentences!.Count);
        Assert.Equal("The city council approved the budget on Monday. It takes effect in May.\n\nThe mayor welcomed the vote.", r.Body);
    }

    [Fact]
    public async Task Plain_text_with_a_less_than_sign_or_a_stray_tag_stays_plain_text()
    {
        using var dir = new TempFolder();
        const string text = Title + "\n\nThe vote was 7 < 9 against the <b> tag rule. It takes effect in May.\n";
        var run = await CliRunner.RunAsync("analyze", dir.File("a.txt", text), "--no-progress");
        var r = Assert.Single(run.Records);
        Assert.Null(r.Text); // plain text: the record does not repeat the input
        Assert.Equal(Title, r.Title);
        Assert.Equal("The vote was 7 < 9 against the <b> tag rule.", r.Sentences![0].Text);
    }

    [Fact]
    public async Task A_json_lines_fragment_with_a_title_field_gives_that_title_and_the_fragments_paragraphs()
    {
        using var dir = new TempFolder();
        string jsonl = dir.File("rows.jsonl", JsonLine(new { id = "a1", title = Title, text = Fragment }) + "\n");
        var run = await CliRunner.RunAsync("analyze", jsonl, "--title-column", "title", "--no-progress");
        var r = Assert.Single(run.Records);
        AssertClean(r);
        Assert.Equal("a1", r.Source);
        Assert.Equal(Title, r.Title);
        Assert.Equal(3, r.Sentences!.Count);
    }

    [Fact]
    public async Task A_csv_title_column_gives_the_title_and_the_text_reads_as_the_whole_file_does()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,headline,text\n" + Csv("r1", Title, Body) + "\n");
        string txt = dir.File("r1.txt", Title + "\n\n" + Body);
        var run = await CliRunner.RunAsync("analyze", csv, "--title-column", "headline", "--no-progress");
        var whole = Assert.Single((await CliRunner.RunAsync("analyze", txt, "--no-progress")).Records);
        var r = Assert.Single(run.Records);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Title, r.Title);
        Assert.Equal(Title + "\n\n" + Body, r.Text); // the record carries the text its spans index
        SpanInvariants.Check(r, r.Text!);
        Assert.Equal(whole.Body, r.Body);
        Assert.Equal(whole.Sentences!.Select(s => (s.Start, s.End)), r.Sentences!.Select(s => (s.Start, s.End)));
    }

    [Fact]
    public async Task A_title_column_missing_from_a_csv_is_a_usage_error_that_lists_the_columns()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,text\nr1,The council approved the budget.\n");
        var run = await CliRunner.RunAsync("analyze", csv, "--title-column", "headline");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Output);
        Assert.Contains("rows.csv: there is no column 'headline' for the title; the columns are: id, text. Name the title column with --title-column.", run.Error);

        using var folder = new TempFolder();
        folder.File("in/rows.csv", "id,text\nr1,The council approved the budget.\n");
        var inFolder = await CliRunner.RunAsync("analyze", folder.Combine("in"), "--title-column", "headline", "--no-progress");
        var record = Assert.Single(inFolder.Records);
        Assert.Equal(1, inFolder.ExitCode);
        Assert.Equal(ErrorCodes.MissingTitleField, record.Error!.Code);
    }

    [Fact]
    public async Task An_empty_title_cell_or_field_falls_back_to_reading_the_title_from_the_text()
    {
        using var dir = new TempFolder();
        string text = Title + "\n\n" + Body;
        string csv = dir.File("rows.csv", "id,title,text\n" + Csv("r1", string.Empty, text) + "\n");
        string jsonl = dir.File("rows.jsonl", JsonLine(new { id = "r1", title = " ", text }) + "\n" + JsonLine(new { id = "r1", title = (string?)null, text }) + "\n" + JsonLine(new { id = "r1", text }) + "\n");
        string plain = dir.File("plain.csv", "id,text\n" + Csv("r1", text) + "\n");
        var expected = Assert.Single((await CliRunner.RunAsync("analyze", plain, "--no-progress")).Records);
        var fromCsv = Assert.Single((await CliRunner.RunAsync("analyze", csv, "--title-column", "title", "--no-progress")).Records);
        var fromJson = (await CliRunner.RunAsync("analyze", jsonl, "--title-column", "title", "--no-progress")).Records;

        Assert.Equal(Title, expected.Title);
        Assert.Equal(AnalysisJson.Serialize(expected), AnalysisJson.Serialize(fromCsv));
        Assert.Equal(AnalysisJson.Serialize(expected), AnalysisJson.Serialize(fromJson[0]));
        Assert.Equal(AnalysisJson.Serialize(expected), AnalysisJson.Serialize(fromJson[1]));

        // A line without the field says so: JSON Lines has no header to check the field name against.
        Assert.Equal(Title, fromJson[2].Title);
        Assert.Equal("the line has no field 'title' for the title; the title was read from the text", Assert.Single(fromJson[2].Warnings));
    }

    [Fact]
    public async Task Without_the_option_a_title_column_is_not_read()
    {
        // Decided: no default title column, so that what a corpus with a `title` or `headline` column gives does not change.
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,title,text\n" + Csv("r1", "Another headline", Title + "\n\n" + Body) + "\n");
        var r = Assert.Single((await CliRunner.RunAsync("analyze", csv, "--no-progress")).Records);
        Assert.Equal(Title, r.Title);
        Assert.Null(r.Text);
    }

    [Fact]
    public async Task A_csv_cell_holding_a_fragment_is_analyzed_as_html()
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "id,title,text\n" + Csv("r1", Title, Fragment) + "\n" + Csv("r2", string.Empty, Fragment) + "\n");
        var run = await CliRunner.RunAsync("analyze", csv, "--title-column", "title", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Records, AssertClean);
        Assert.Equal(Title, run.Records[0].Title);
        Assert.All(run.Records, r => Assert.Equal(3, r.Sentences!.Count));
    }

    [SharedDataFact]
    public async Task Bbc_articles_as_csv_rows_with_a_title_column_keep_the_title_body_and_sentences_of_their_files()
    {
        // Every 25th article of each category, written as a CSV row: the first line is the title, the rest the body.
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SharedData, "bbc", "articles"), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Where((_, i) => i % 25 == 0).ToList();
        using var dir = new TempFolder();
        var csv = new StringBuilder("id,title,text\n");
        files.RemoveAll(f => !IsUtf8(File.ReadAllBytes(f))); // sport/199.txt is Windows-1252, which the CLI reads and this test would not
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            int cut = text.IndexOf("\n\n", StringComparison.Ordinal);
            string id = Path.GetRelativePath(Path.Combine(RepoPaths.SharedData, "bbc", "articles"), file).Replace('\\', '/');
            csv.Append(Csv(id, text[..cut], text[(cut + 2)..])).Append('\n');
            File.Copy(file, dir.Combine(id.Replace('/', '_')));
        }

        string rows = dir.File("rows.csv", csv.ToString());
        var fromRows = (await CliRunner.RunAsync("analyze", rows, "--title-column", "title", "--no-progress")).Records;
        var fromFiles = (await CliRunner.RunAsync(["analyze", .. files.Select(f => dir.Combine(Path.GetRelativePath(Path.Combine(RepoPaths.SharedData, "bbc", "articles"), f).Replace('/', '_'))), "--no-progress"])).Records;
        Assert.Equal(files.Count, fromRows.Count);
        for (int i = 0; i < files.Count; i++)
        {
            var (row, file) = (fromRows[i], fromFiles[i]);
            Assert.Equal(File.ReadAllText(files[i]).Split('\n')[0], row.Title);
            Assert.Equal(file.Title, row.Title);
            Assert.Equal(file.Body, row.Body);
            Assert.Equal(file.Sentences!.Select(s => s.Text), row.Sentences!.Select(s => s.Text));
        }
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Tokenize_reads_a_fragment_as_html_and_a_known_title_first()
    {
        using var dir = new TempFolder();
        string jsonl = dir.File("rows.jsonl", JsonLine(new { id = "a1", title = Title, text = Fragment }) + "\n");
        var run = await CliRunner.RunAsync("tokenize", jsonl, "--title-column", "title", "--no-progress");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output.Split('\n')[0]);
        var tokens = json.RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("text").GetString()).ToList();
        Assert.Equal("Council", tokens[0]);
        Assert.DoesNotContain("p", tokens);
        Assert.DoesNotContain("<", tokens);
    }
}
