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
    public async Task Sentences_of_hard_wrapped_text_are_the_sentences_analyze_finds()
    {
        // Each line break of a wrapped paragraph ended a sentence ("Both the Council of Mortgage Lenders and the Building
        // Society" was one), where analyze reads it as a space.
        using var dir = new TempFolder();
        const string text = """
            Lending Slows After the Holidays

            Mortgage lending fell in January, according to figures published on
            Tuesday by two industry bodies that track the housing market closely.

            Both the Council of Mortgage Lenders and the Building Society
            Association said lending was down sharply. The council said gross
            lending stood at 17.9bn, compared with 21.8bn a year earlier.
            """;
        dir.File("a.txt", text);
        var run = await CliRunner.RunAsync("sentences", dir.Path);
        var analyzed = await CliRunner.RunAsync("analyze", dir.Path);
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Output.Trim());
        using var record = JsonDocument.Parse(analyzed.Output.Trim());
        var sentences = doc.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        var body = record.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();

        Assert.Equal(["Lending Slows After the Holidays", .. body], sentences);
        Assert.Contains("Both the Council of Mortgage Lenders and the Building Society\nAssociation said lending was down sharply.", sentences);
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

/// <summary>
/// Every command that reads documents takes the same input and progress options, so that a script can pass one set of
/// options to each of them.
/// </summary>
public class SharedInputOptionsTests
{
    private static readonly string[] ReadingCommands = ["analyze", "tokenize", "sentences"];

    public static TheoryData<string> Commands() => new(ReadingCommands);

    [Fact]
    public void The_commands_that_read_documents_declare_the_same_input_and_progress_options()
    {
        var root = TextInsight.Cli.Program.BuildRootCommand(new TextInsight.Cli.CliConsole(Stream.Null, TextWriter.Null, () => Stream.Null, ErrorIsTerminal: false));
        string[] shared = ["--text-column", "--id-column", "--delimiter", "--no-tsv-escapes", "--max-document-mb", "--no-progress"];
        foreach (string name in ReadingCommands)
        {
            var command = root.Subcommands.Single(c => c.Name == name);
            var options = command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(shared, o => Assert.True(options.Contains(o), $"'textinsight {name}' does not take {o}"));
            Assert.Equal("input", Assert.Single(command.Arguments).Name);
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_runs_with_the_same_input_and_progress_options(string command)
    {
        using var dir = new TempFolder();
        string csv = dir.File("rows.csv", "key,body\nr1,\"The council met on Monday. It approved the budget.\"\n");
        var run = await CliRunner.RunAsync(command, csv, "--text-column", "body", "--id-column", "key", "--max-document-mb", "1", "--no-progress");
        Assert.True(run.ExitCode == 0, $"textinsight {command} exited {run.ExitCode}: {run.Error}");
        using var doc = JsonDocument.Parse(run.Output.Trim());
        Assert.Equal("r1", doc.RootElement.GetProperty("source").GetString());
        Assert.False(doc.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object, run.Output);
    }

    [Fact]
    public async Task The_readmes_main_job_prints_only_its_summary_line()
    {
        // analyze corpus/ is a newcomer's first command: the corpus folder holds only articles (their gold annotations
        // live in tests/corpus-gold), so nothing is skipped and standard error holds the summary line alone.
        var run = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--no-progress");
        Assert.Equal(0, run.ExitCode);
        string line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"analyzed {Directory.GetFiles(RepoPaths.Corpus).Length} documents, 0 failed, in ", line, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_counts_the_files_it_skips_in_a_folder(string command)
    {
        using var dir = new TempFolder();
        dir.File("a.txt", "The council met on Monday. It approved the budget.");
        dir.File("notes.json", "{}");
        var run = await CliRunner.RunAsync(command, dir.Path, "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("skipped 1 files of unsupported kinds inside input folders", run.Error, StringComparison.Ordinal);
    }
}
