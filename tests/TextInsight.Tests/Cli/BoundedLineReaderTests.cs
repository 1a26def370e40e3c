using TextInsight.Cli.Input;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class BoundedLineReaderTests
{
    [Theory]
    [InlineData("a\nb\r\nc\rd", new[] { "a", "b", "c", "d" })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]
    [InlineData("\r\n\r\n", new[] { "", "" })]
    [InlineData("", new string[0])]
    public async Task Lines_end_as_a_text_reader_ends_them(string text, string[] expected)
    {
        Assert.Equal(expected, await ReadAll(text, 100));
        Assert.Equal(await ReadWithStreamReader(text), await ReadAll(text, 100));
    }

    [Fact]
    public async Task A_crlf_split_across_two_reads_is_one_line_break()
    {
        // The reader's buffer holds 16,384 characters: the \r is its last one and the \n the first of the next read.
        string text = new string('x', 16383) + "\r\nnext";
        var lines = await ReadAll(text, 20000);
        Assert.Equal([new string('x', 16383), "next"], lines);
    }

    [Fact]
    public async Task A_line_over_the_limit_is_reported_with_its_length_and_the_next_lines_are_read()
    {
        string text = "short\n" + new string('y', 100_000) + "\r\nafter\n";
        var reader = new BoundedLineReader(new StringReader(text), 1000);

        Assert.Equal(("short", 5L), await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal(((string?)null, 100_000L), await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal(("after", 5L), await reader.ReadLineAsync(CancellationToken.None));
        Assert.Equal(((string?)null, -1L), await reader.ReadLineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_line_of_exactly_the_limit_is_kept()
    {
        var reader = new BoundedLineReader(new StringReader(new string('z', 1000)), 1000);
        Assert.Equal((new string('z', 1000), 1000L), await reader.ReadLineAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_json_lines_line_over_the_limit_is_a_too_large_record_and_the_file_goes_on()
    {
        using var dir = new TempFolder();
        string path = dir.File("docs.jsonl", "{\"id\":\"a\",\"text\":\"Budget passes.\"}\n{\"id\":\"b\",\"text\":\"" + new string('w', 10_000) + "\"}\n{\"id\":\"c\",\"text\":\"The mayor welcomed the vote.\"}\n");
        var file = new InputFile(path, "docs.jsonl", InputKind.JsonLines, Compressed: false);
        var options = new InputOptions { MaxDocumentBytes = 1000 };

        var documents = new List<DocumentInput>();
        await foreach (var d in JsonLinesDocumentReader.ReadAsync(file, options, _ => { }, CancellationToken.None))
        {
            documents.Add(d);
        }

        Assert.Equal(["a", "docs.jsonl:2", "c"], documents.Select(d => d.Source));
        Assert.Equal(ErrorCodes.TooLarge, documents[1].Error!.Code);
        Assert.Equal(
            "docs.jsonl:2: line 2 of docs.jsonl has 10,020 characters, over the limit for a JSON Lines line (4,000 characters: 4 × --max-document-mb); it was skipped and the next lines are read. Raise the limit with --max-document-mb.",
            documents[1].Error!.Message);
        Assert.Equal("The mayor welcomed the vote.", documents[2].Content);
    }

    private static async Task<List<string>> ReadAll(string text, int max)
    {
        var reader = new BoundedLineReader(new StringReader(text), max);
        var lines = new List<string>();
        while (await reader.ReadLineAsync(CancellationToken.None) is ({ } line, _))
        {
            lines.Add(line);
        }

        return lines;
    }

    private static async Task<List<string>> ReadWithStreamReader(string text)
    {
        using var reader = new StringReader(text);
        var lines = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
