using System.Text.Json;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class TextCommandsTests
{
    [Fact]
    public async Task Tokenize_writes_each_documents_tokens_with_offsets_into_its_whole_text()
    {
        using var dir = new TempFolder();
        const string text = "Anthropic gives $1.5M.\n\nIt is 12.5% more.";
        dir.File("a.txt", text);
        var run = await CliRunner.RunAsync("tokenize", dir.Path);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output.Trim());
        Assert.Equal("a.txt", doc.RootElement.GetProperty("source").GetString());
        var tokens = doc.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.NotEmpty(tokens);
        Assert.All(tokens, t =>
        {
            int start = t.GetProperty("start").GetInt32();
            int end = t.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], t.GetProperty("text").GetString());
        });
        Assert.Equal("Anthropic", tokens[0].GetProperty("text").GetString());
        Assert.Equal("word", tokens[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Sentences_writes_each_documents_sentences()
    {
        using var dir = new TempFolder();
        const string text = "The council met on Monday. It approved the budget.";
        dir.File("a.txt", text);
        var run = await CliRunner.RunAsync("sentences", dir.Path);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output.Trim());
        var sentences = doc.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.Equal(["The council met on Monday.", "It approved the budget."], sentences);
    }

    [Fact]
    public async Task Bad_documents_get_error_records_in_place()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", string.Empty);
        dir.File("b.txt", "Fine text.");
        var run = await CliRunner.RunAsync("tokenize", dir.Path);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("empty_document", first.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
