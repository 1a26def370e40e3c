using System.IO.Compression;
using System.Text;
using TextInsight.Tests.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>The CLI reads <c>.md</c> and <c>.markdown</c> files (and their <c>.gz</c>) as Markdown, and nothing else as Markdown.</summary>
public class MarkdownInputTests
{
    [Theory]
    [InlineData("scraped.md")]
    [InlineData("scraped.markdown")]
    public async Task A_Markdown_file_is_analyzed_as_Markdown_and_its_record_carries_the_rendered_text(string name)
    {
        using var dir = new TempFolder();
        string path = dir.File(name, Encoding.UTF8.GetBytes(MarkdownArticleParserTests.ScrapedArticle));
        var run = await CliRunner.RunAsync("analyze", path, "--no-progress");
        Assert.Equal(0, run.ExitCode);
        var record = Assert.Single(run.Records);
        Assert.Null(record.Error);
        Assert.Equal("Apple unveils a thinner iPhone as sales slow in China", record.Title);
        Assert.NotNull(record.Text);
        Assert.DoesNotContain("](", record.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", record.Summary!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", record.Body, StringComparison.Ordinal);
        Assert.All(record.Sentences!, s => Assert.Equal(s.Text, record.Text[s.Start..s.End]));
    }

    [Fact]
    public async Task A_gzip_Markdown_file_and_a_folder_of_them_are_read_as_Markdown()
    {
        using var dir = new TempFolder();
        using (var buffer = new MemoryStream())
        {
            using (var gz = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            {
                gz.Write(Encoding.UTF8.GetBytes(MarkdownArticleParserTests.ScrapedArticle));
            }

            dir.File("in/a.md.gz", buffer.ToArray());
        }

        var run = await CliRunner.RunAsync("analyze", Path.Combine(dir.Path, "in"), "--no-progress");
        var record = Assert.Single(run.Records);
        Assert.Equal("a.md", record.Source);
        Assert.Equal("Apple unveils a thinner iPhone as sales slow in China", record.Title);
        Assert.NotNull(record.Text);
    }

    [Fact]
    public async Task The_same_content_in_a_txt_file_stays_plain_text()
    {
        using var dir = new TempFolder();
        string path = dir.File("scraped.txt", Encoding.UTF8.GetBytes(MarkdownArticleParserTests.ScrapedArticle));
        var record = Assert.Single((await CliRunner.RunAsync("analyze", path, "--no-progress")).Records);
        Assert.Null(record.Text);
        Assert.Contains("](", record.Body, StringComparison.Ordinal);
    }
}
