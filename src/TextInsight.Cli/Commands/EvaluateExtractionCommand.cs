using System.CommandLine;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Html;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate extraction --html DIR --truth FILE.json</c>: the article-extraction benchmark's shingle
/// precision, recall and F1 of <see cref="HtmlArticleParser"/> and its time per page.
/// </summary>
internal static class EvaluateExtractionCommand
{
    public static Command Create()
    {
        var html = new Option<DirectoryInfo>("--html") { Description = "Folder of pages <id>.html or <id>.html.gz.", Required = true };
        var truth = new Option<FileInfo>("--truth") { Description = "Ground truth JSON: { \"<id>\": { \"articleBody\": \"…\" } }.", Required = true };
        var pages = new Option<bool>("--pages") { Description = "Also print precision, recall and F1 of every page." };
        var output = new Option<DirectoryInfo?>("--output") { Description = "Write each page's extracted body to <id>.txt in this folder." };
        var peer = new Option<string?>("--peer") { Description = "Also score a peer extractor in the same run: smartreader (SmartReader 0.11.1, its article TextContent)." };
        peer.AcceptOnlyFromAmong("smartreader");
        var command = new Command("extraction", "Score HTML main-text extraction against a ground truth (word 4-gram shingles, as the public article-extraction benchmarks).")
        {
            html, truth, pages, output, peer,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(html),
            parse.GetRequiredValue(truth),
            parse.GetValue(pages),
            parse.GetValue(output),
            parse.GetValue(peer),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(DirectoryInfo html, FileInfo truth, bool perPage, DirectoryInfo? output, string? peer, TextWriter stdout, TextWriter stderr)
    {
        if (!html.Exists)
        {
            stderr.WriteLine($"{html.FullName}: not_found: no such folder.");
            return 2;
        }

        if (!truth.Exists)
        {
            stderr.WriteLine($"{truth.FullName}: not_found: no such file.");
            return 2;
        }

        List<(string Id, string Html, string Truth)> data;
        try
        {
            data = ExtractionBenchmark.Load(html.FullName, truth.FullName);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{truth.FullName}: unreadable: {e.Message}");
            return 2;
        }

        var parser = HtmlArticleParser.Default;
        var report = Measure(data, h => parser.Parse(h).GetBody());
        if (output is not null)
        {
            output.Create();
            foreach (var page in report.Pages)
            {
                File.WriteAllText(Path.Combine(output.FullName, page.Id + ".txt"), page.Predicted);
            }
        }

        if (perPage)
        {
            foreach (var page in report.Pages)
            {
                var c = page.Counts;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{page.Id}\tP={c.Precision:F3}\tR={c.Recall:F3}\t{page.Elapsed.TotalMilliseconds:F1} ms"));
            }
        }

        Print(stdout, "textinsight", report);
        if (peer == "smartreader")
        {
            Print(stdout, "smartreader", Measure(data, h => new SmartReader.Reader("https://example.invalid/article", h).GetArticle().TextContent ?? string.Empty));
        }

        return 0;
    }

    private static ExtractionReport Measure(List<(string Id, string Html, string Truth)> data, Func<string, string> extract)
    {
        // An untimed pass over a few pages warms the JIT so that the timings are of the extractor, not of compilation.
        foreach (var page in data.Take(3))
        {
            extract(page.Html);
        }

        return ExtractionBenchmark.Run(data, extract);
    }

    private static void Print(TextWriter stdout, string name, ExtractionReport report) =>
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-12} pages={report.Pages.Count}  precision={report.Precision:F3}  recall={report.Recall:F3}  F1={report.F1:F3}  median={report.MedianMilliseconds:F1} ms  p90={report.P90Milliseconds:F1} ms  cpu={report.CpuMillisecondsPerPage:F1} ms/page"));
}
