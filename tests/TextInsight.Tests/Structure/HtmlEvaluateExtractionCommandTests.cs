using System.IO.Compression;
using System.Text.Json;
using TextInsight.Cli.Commands;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

public sealed class HtmlEvaluateExtractionCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("textinsight-eval-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Scores_plain_and_gzipped_pages_against_the_truth()
    {
        string pages = Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "HtmlPages");
        var html = _dir.CreateSubdirectory("html");
        File.Copy(Path.Combine(pages, "news-brief.html"), Path.Combine(html.FullName, "a.html"));
        using (var gz = new GZipStream(File.Create(Path.Combine(html.FullName, "b.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(File.ReadAllBytes(Path.Combine(pages, "cookie-wall.html")));
        }

        var truth = new Dictionary<string, Dictionary<string, string>>
        {
            ["a"] = new() { ["articleBody"] = Body(Path.Combine(pages, "news-brief.expected.json")) },
            ["b"] = new() { ["articleBody"] = Body(Path.Combine(pages, "cookie-wall.expected.json")) },
        };
        string truthFile = Path.Combine(_dir.FullName, "truth.json");
        File.WriteAllText(truthFile, JsonSerializer.Serialize(truth));
        var stdout = new StringWriter();

        int code = EvaluateExtractionCommand.Run(html, new FileInfo(truthFile), perPage: false, output: null, peer: null, stdout, new StringWriter());

        Assert.Equal(0, code);
        Assert.Contains("pages=2  precision=1.000  recall=1.000  F1=1.000  rougeLsum=1.000  rougeLsumMedian=1.000", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_folder_is_a_usage_error()
    {
        var stderr = new StringWriter();
        int code = EvaluateExtractionCommand.Run(new DirectoryInfo(Path.Combine(_dir.FullName, "absent")), new FileInfo("t.json"), false, null, null, new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("not_found", stderr.ToString(), StringComparison.Ordinal);
    }

    private static string Body(string expectedFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(expectedFile));
        var parts = new List<string>();
        foreach (var section in doc.RootElement.GetProperty("sections").EnumerateArray())
        {
            foreach (var p in section.GetProperty("paragraphs").EnumerateArray())
            {
                parts.Add(p.GetString()!);
            }
        }

        return string.Join("\n", parts);
    }
}
