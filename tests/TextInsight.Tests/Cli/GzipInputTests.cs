using System.IO.Compression;
using System.Text;
using TextInsight.Internals;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>
/// A gzip file that ends early (a download cut off, a disk that filled up) is an <c>unreadable</c> record, not a
/// document analyzed from the half that arrived: the runtime's GZipStream returns what it decoded and then simply ends.
/// </summary>
public class GzipInputTests
{
    private const string Article = "Council approves budget\n\nThe city council approved the budget on Monday. It takes effect in May.\n\nThe mayor welcomed the vote.\n";

    [Fact]
    public void The_checked_stream_the_training_commands_read_through_gives_a_whole_file_and_refuses_a_cut_one()
    {
        byte[] whole = Gzip("line one\nline two\n");
        using (var reader = new StreamReader(new CheckedGzipStream(new MemoryStream(whole))))
        {
            Assert.Equal("line one\nline two\n", reader.ReadToEnd());
        }

        using var cut = new StreamReader(new CheckedGzipStream(new MemoryStream(whole[..^6])));
        var error = Assert.Throws<InvalidDataException>(() => cut.ReadToEnd());
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
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

    /// <summary>Many paragraphs of different words, so that the compressed stream is long enough to cut in the middle.</summary>
    private static string LongArticle()
    {
        var text = new StringBuilder("Council approves budget\n\n");
        for (int i = 0; i < 400; i++)
        {
            text.Append("Paragraph ").Append(i).Append(" says the council spent ").Append(i * 7919 % 1000).Append(" pounds on road ").Append(i * 31 % 97).Append(".\n\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public async Task A_gzip_text_file_cut_short_is_an_unreadable_record(double kept)
    {
        using var dir = new TempFolder();
        byte[] whole = Gzip(LongArticle());
        string path = dir.File("cut.txt.gz", whole[..(int)(whole.Length * kept)]);
        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(1, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Equal(ErrorCodes.Unreadable, record.Error?.Code);
        Assert.EndsWith("cut.txt", record.Source);
        Assert.StartsWith(record.Source!, record.Error!.Message);
        Assert.Contains("truncated", record.Error.Message);
    }

    [Fact]
    public async Task A_gzip_file_without_its_last_bytes_is_an_unreadable_record()
    {
        using var dir = new TempFolder();
        byte[] whole = Gzip(Article);
        string path = dir.File("cut.txt.gz", whole[..^4]);
        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(ErrorCodes.Unreadable, Assert.Single(run.Records).Error?.Code);
    }

    [Fact]
    public async Task A_gzip_json_lines_file_cut_short_keeps_the_whole_lines_and_ends_with_an_unreadable_record()
    {
        using var dir = new TempFolder();
        var lines = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            lines.Append("{\"id\":\"d").Append(i).Append("\",\"text\":\"The council met on day ").Append(i).Append(" and spent ").Append(i * 7919 % 1000).Append(" pounds.\"}\n");
        }

        byte[] whole = Gzip(lines.ToString());
        string path = dir.File("rows.jsonl.gz", whole[..(whole.Length / 2)]);
        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(1, run.ExitCode);
        var records = run.Records;
        Assert.Equal(ErrorCodes.Unreadable, records[^1].Error?.Code);
        Assert.Contains("truncated", records[^1].Error!.Message);
        Assert.All(records.SkipLast(1), r => Assert.Null(r.Error));
        Assert.InRange(records.Count, 2, 300);
    }

    [Fact]
    public async Task A_gzip_file_of_two_members_is_read_whole()
    {
        // `cat a.gz b.gz > c.gz` and block-gzip tools write several members: one file, all of it text.
        using var dir = new TempFolder();
        string path = dir.File("two.txt.gz", [.. Gzip("Council approves budget\n\nThe city council approved the budget on Monday.\n\n"), .. Gzip("The mayor welcomed the vote.\n")]);
        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Null(record.Error);
        Assert.Contains("mayor welcomed the vote", record.Body);
    }

    [Fact]
    public async Task A_whole_gzip_csv_file_gives_every_row()
    {
        using var dir = new TempFolder();
        string path = dir.File("rows.csv.gz", Gzip("id,text\na,The council met on Monday.\nb,The mayor welcomed the vote.\n"));
        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a", "b"], run.Records.Select(r => r.Source));
    }
}
