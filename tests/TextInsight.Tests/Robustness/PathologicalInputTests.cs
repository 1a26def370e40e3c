using System.Globalization;
using System.Text;
using TextInsight.Cli.Input;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Robustness;

/// <summary>
/// Inputs that must neither crash, hang nor blow up: each is analyzed under a generous time guard (a hang or a
/// quadratic blow-up fails the guard, not a timing assertion) and its result keeps the span invariants.
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(300); // a hang or a quadratic blow-up takes hours; a loaded machine only minutes
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Analyze_finishes_and_keeps_the_span_invariants(string name)
    {
        string text = PathologicalInputs.Get(name, Scale.AllStages);
        var analysis = await Guarded(() => Analyzer.Analyze(text, name));
        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
    }

    [Fact]
    public async Task Analyze_of_10_MB_without_a_space_finishes_in_every_stage_but_entities()
    {
        string text = PathologicalInputs.Get("10 MB without a space");
        var analyzer = new TextAnalyzer(new TextAnalyzerOptions { Stages = Stages.All & ~Stages.Entities });
        var analysis = await Guarded(() => analyzer.Analyze(text, "glued"));
        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
        Assert.Equal(text.Length, analysis.Text.Length);
    }

    [Fact]
    public async Task Analyze_of_10_MB_without_a_space_finishes_with_entities()
    {
        string text = PathologicalInputs.Get("10 MB without a space");
        var analysis = await Guarded(() => Analyzer.Analyze(text, "glued"));
        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), text);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_csv_reader_reads_the_input_whole_as_one_document(string name)
    {
        using var dir = new TempFolder();
        string text = PathologicalInputs.Get(name);
        string path = dir.File("input.csv", CsvFile(text));
        var file = new InputFile(path, "input.csv", InputKind.Csv, Compressed: false);

        var documents = await Guarded(() => CsvDocumentReader.Read(file, new InputOptions(), _ => { }).ToList());

        var document = Assert.Single(documents);
        Assert.Null(document.Error);
        Assert.Equal(Encoding.UTF8.GetString(Utf8WithRawSurrogates(text)), document.Content);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_tsv_reader_reads_the_input_quoted_as_pandas_writes_it_whole_as_one_document(string name)
    {
        using var dir = new TempFolder();
        string text = PathologicalInputs.Get(name);
        string path = dir.File("input.tsv", Utf8WithRawSurrogates("id\ttext\nrow1\t\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n"));
        var file = new InputFile(path, "input.tsv", InputKind.Tsv, Compressed: false);

        var documents = await Guarded(() => CsvDocumentReader.Read(file, new InputOptions(), _ => { }).ToList());

        var document = Assert.Single(documents);
        Assert.Null(document.Error);
        Assert.Equal(Encoding.UTF8.GetString(Utf8WithRawSurrogates(text)), document.Content);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_json_lines_reader_reads_the_input_whole_as_one_document(string name)
    {
        using var dir = new TempFolder();
        string text = PathologicalInputs.Get(name);
        string path = dir.File("input.jsonl", JsonLine(text));
        var file = new InputFile(path, "input.jsonl", InputKind.JsonLines, Compressed: false);

        var documents = await Guarded(async () =>
        {
            var list = new List<DocumentInput>();
            await foreach (var d in JsonLinesDocumentReader.ReadAsync(file, new InputOptions(), _ => { }, CancellationToken.None))
            {
                list.Add(d);
            }

            return list;
        });

        var document = Assert.Single(documents);
        if (text.Any(char.IsSurrogate) && !IsWellFormed(text))
        {
            Assert.Equal(ErrorCodes.JsonMalformed, document.Error!.Code);
            Assert.Contains("not valid text", document.Error.Message);
            return;
        }

        Assert.Null(document.Error);
        Assert.Equal(text, document.Content);
    }

    [Fact]
    public async Task AnalyzeHtml_of_100000_nested_tags_finishes_with_the_sentence()
    {
        string html = PathologicalInputs.NestedHtml();
        var analysis = await Guarded(() => Analyzer.AnalyzeHtml(html, "deep.html"));
        SpanInvariants.Check(AnalysisJson.ToRecord(analysis), analysis.Text);
        Assert.Contains("The council approved the budget on Monday.", analysis.Body);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_csv_reader_gives_one_record_keeping_the_span_invariants(string name)
    {
        using var dir = new TempFolder();
        string text = PathologicalInputs.Get(name, Scale.Cli);
        string path = dir.File("input.csv", CsvFile(text));

        var run = await Guarded(() => CliRunner.RunAsync("analyze", path, "--no-progress", "--parallel", "1"));

        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Equal("row1", record.Source);
        // A lone surrogate half in a file is invalid UTF-8, which the CSV reader decodes as U+FFFD.
        SpanInvariants.Check(record, Encoding.UTF8.GetString(Utf8WithRawSurrogates(text)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_json_lines_reader_gives_one_record_keeping_the_span_invariants(string name)
    {
        using var dir = new TempFolder();
        string text = PathologicalInputs.Get(name, Scale.Cli);
        string path = dir.File("input.jsonl", JsonLine(text));

        var run = await Guarded(() => CliRunner.RunAsync("analyze", path, "--no-progress", "--parallel", "1"));

        var record = Assert.Single(run.Records);
        if (!IsWellFormed(text))
        {
            // JSON can spell a lone surrogate (\ud800) but a .NET reader will not turn it into a string: the line is
            // reported as malformed, and the batch goes on.
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(ErrorCodes.JsonMalformed, record.Error!.Code);
            Assert.EndsWith("input.jsonl:1", record.Source);
            return;
        }

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("line1", record.Source);
        SpanInvariants.Check(record, text);
    }

    public static TheoryData<string> Names => PathologicalInputs.Names;

    private static async Task<T> Guarded<T>(Func<T> work)
    {
        using var cts = new CancellationTokenSource(Guard);
        return await Task.Run(work, cts.Token).WaitAsync(cts.Token);
    }

    private static async Task<T> Guarded<T>(Func<Task<T>> work)
    {
        using var cts = new CancellationTokenSource(Guard);
        return await Task.Run(work, cts.Token).WaitAsync(cts.Token);
    }

    /// <summary>UTF-8, except that a lone surrogate half is written as its three-byte form (invalid UTF-8, as real files have).</summary>
    private static byte[] Utf8WithRawSurrogates(string text)
    {
        var bytes = new List<byte>(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] CsvFile(string text) =>
        Utf8WithRawSurrogates("id,text\nrow1,\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"\n");

    private static string JsonLine(string text) => "{\"id\":\"line1\",\"text\":\"" + JsonEscapeEveryOddChar(text) + "\"}\n";

    private static string JsonEscapeEveryOddChar(string text)
    {
        var json = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c < 0x20 || c == '"' || c == '\\' || c > 0x7E)
            {
                json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                json.Append(c);
            }
        }

        return json.ToString();
    }
}
