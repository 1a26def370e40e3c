using System.Text;
using TextInsight.Tests.Pipeline;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>CSV cells and JSON Lines lines, which are valid UTF-8 and so never take the Windows-1252 fallback, are repaired too.</summary>
public class RepairInputTests
{
    private const string Clean = "Lumora Raises €12m\n\nLumora’s chief executive, José Müller, said the money — about £10m — will pay for a plant in Zürich.";

    [Fact]
    public async Task A_mis_decoded_CSV_cell_is_repaired_and_its_record_carries_the_repaired_text()
    {
        using var dir = new TempFolder();
        string cell = TextRepairTests.AsWindows1252(Clean).Replace("\"", "\"\"", StringComparison.Ordinal);
        string path = dir.File("rows.csv", Encoding.UTF8.GetBytes("id,text\nr1,\"" + cell + "\"\n"));

        var record = Assert.Single((await CliRunner.RunAsync("analyze", path, "--no-progress")).Records);

        Assert.Null(record.Error);
        Assert.Equal(Clean, record.Text);
        Assert.Equal("Lumora Raises €12m", record.Title);
        Assert.Contains(record.Warnings, w => w.StartsWith("repaired ", StringComparison.Ordinal));
        Assert.All(record.Entities!, e => Assert.Equal(e.Text, record.Text![e.Start..e.End]));
    }

    [Fact]
    public async Task A_JSON_Lines_line_with_references_is_decoded_and_the_option_turns_it_off()
    {
        using var dir = new TempFolder();
        string path = dir.File("rows.jsonl", Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"Tom &amp; Jerry&#8217;s studio &mdash; in Burbank.\"}\n"));

        var repaired = Assert.Single((await CliRunner.RunAsync("analyze", path, "--no-progress")).Records);
        var asWritten = Assert.Single((await CliRunner.RunAsync("analyze", path, "--no-progress", "--no-repair-text")).Records);

        Assert.Equal("Tom & Jerry’s studio — in Burbank.", repaired.Text);
        Assert.Contains("decoded 3 HTML character references", repaired.Warnings);
        Assert.Null(asWritten.Text);
        Assert.DoesNotContain(asWritten.Warnings, w => w.Contains("HTML", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tokenize", "tokens")]
    [InlineData("sentences", "sentences")]
    public async Task Tokenize_and_sentences_index_the_text_analyze_repairs_and_the_option_turns_it_off(string command, string field)
    {
        using var dir = new TempFolder();
        string cell = TextRepairTests.AsWindows1252(Clean).Replace("\"", "\"\"", StringComparison.Ordinal);
        string title = TextRepairTests.AsWindows1252("Zürich plant for Lumora");
        string path = dir.File("rows.csv", Encoding.UTF8.GetBytes("id,title,text\nr1," + title + ",\"" + cell + "\"\n"));

        var record = Assert.Single((await CliRunner.RunAsync("analyze", path, "--title-column", "title", "--no-progress")).Records);
        var repaired = Spans(await CliRunner.RunAsync(command, path, "--title-column", "title", "--no-progress"), field);
        var asWritten = Spans(await CliRunner.RunAsync(command, path, "--title-column", "title", "--no-progress", "--no-repair-text"), field);

        Assert.Equal("Zürich plant for Lumora\n\n" + Clean, record.Text);
        Assert.NotEmpty(repaired);
        Assert.All(repaired, s => Assert.Equal(record.Text![s.Start..s.End], s.Text));
        Assert.Contains(asWritten, s => s.Text.Contains('Ã', StringComparison.Ordinal));
    }

    private static List<(int Start, int End, string Text)> Spans(CliResult run, string field)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output.Split('\n')[0]);
        return [.. json.RootElement.GetProperty(field).EnumerateArray()
            .Select(t => (t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("text").GetString()!))];
    }
}
