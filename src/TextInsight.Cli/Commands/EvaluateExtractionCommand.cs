using System.CommandLine;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Html;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight evaluate extraction --data DIR</c> (a folder of datasets, each a <c>ground-truth.json</c> and an
/// <c>html/</c> folder) or <c>--html DIR --truth FILE.json</c> (one dataset): the article-extraction benchmark's word
/// 4-gram precision, recall and F1 and the Web Content Extraction Benchmark's ROUGE-LSum F1 of
/// <see cref="HtmlArticleParser"/> per dataset and macro-averaged over them, with its time per page.
/// </summary>
internal static class EvaluateExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "A dataset folder (ground-truth.json and html/) or a folder of such datasets: per-set and macro figures." };
        var html = new Option<DirectoryInfo?>("--html") { Description = "Folder of pages <id>.html or <id>.html.gz (with --truth, in place of --data)." };
        var truth = new Option<FileInfo?>("--truth") { Description = "Ground truth JSON: { \"<id>\": { \"articleBody\": \"…\" } } (with --html)." };
        var half = new Option<string?>("--half") { Description = "Score only one half of every set, split by a hash of the page id: first (to choose and train on) or second (to report)." };
        half.AcceptOnlyFromAmong("first", "second");
        var pages = new Option<bool>("--pages") { Description = "Also print precision, recall, F1 and ROUGE-LSum of every page." };
        var output = new Option<DirectoryInfo?>("--output") { Description = "Write each page's extracted body to <id>.txt (<set>/<id>.txt with --data) in this folder." };
        var peer = new Option<string?>("--peer") { Description = "Also score a peer extractor in the same run: smartreader (SmartReader 0.11.1, its article TextContent)." };
        peer.AcceptOnlyFromAmong("smartreader");
        var model = new Option<string?>("--model") { Description = "The learned block scorer to use: a model file written by train extraction, or none for the heuristic extractor alone (default: the built-in model)." };
        var part = new Option<string?>("--part") { Description = "Score only part a or b of the chosen half (split by the next bit of the page-id hash)." };
        part.AcceptOnlyFromAmong("a", "b");
        var command = new Command("extraction", "Score HTML main-text extraction against a ground truth: word 4-gram shingle F1 (the article-extraction benchmark) and ROUGE-LSum F1 (the Web Content Extraction Benchmark), per set and macro.")
        {
            data, html, truth, half, pages, output, peer, model, part,
        };
        command.SetAction(parse => Run(
            new Request(parse.GetValue(data), parse.GetValue(html), parse.GetValue(truth), parse.GetValue(half), parse.GetValue(pages), parse.GetValue(output), parse.GetValue(peer), parse.GetValue(model), parse.GetValue(part)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>One dataset given by its page folder and truth file.</summary>
    internal static int Run(DirectoryInfo html, FileInfo truth, bool perPage, DirectoryInfo? output, string? peer, TextWriter stdout, TextWriter stderr) =>
        Run(new Request(null, html, truth, null, perPage, output, peer), stdout, stderr);

    internal static int Run(Request request, TextWriter stdout, TextWriter stderr)
    {
        List<(string Name, string HtmlFolder, string TruthFile)> sets;
        bool single = request.Data is null;
        if (request.Data is { } data)
        {
            if (request.Html is not null || request.Truth is not null)
            {
                stderr.WriteLine("usage: give either --data DIR or --html DIR with --truth FILE, not both.");
                return 2;
            }

            if (!data.Exists)
            {
                stderr.WriteLine($"{data.FullName}: not_found: no such folder.");
                return 2;
            }

            sets = ExtractionBenchmark.FindDatasets(data.FullName);
            if (sets.Count == 0)
            {
                stderr.WriteLine($"{data.FullName}: no_dataset: neither it nor any folder in it holds a ground-truth.json beside an html/ folder.");
                return 2;
            }
        }
        else if (request.Html is { } html && request.Truth is { } truth)
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

            sets = [(html.Name, html.FullName, truth.FullName)];
        }
        else
        {
            stderr.WriteLine("usage: give --data DIR (a dataset or a folder of datasets), or --html DIR with --truth FILE.");
            return 2;
        }

        HtmlArticleParser parser;
        try
        {
            parser = request.Model switch
            {
                null => HtmlArticleParser.Default,
                "none" => new HtmlArticleParser(null),
                var path => new HtmlArticleParser(HtmlBlockModel.Load(path)),
            };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{request.Model}: unreadable: {e.Message}");
            return 2;
        }

        var extractors = new List<(string Name, Func<string, string> Extract)> { ("textinsight", h => parser.Parse(h).GetBody()) };
        if (request.Peer == "smartreader")
        {
            extractors.Add(("smartreader", h => new SmartReader.Reader("https://example.invalid/article", h).GetArticle().TextContent ?? string.Empty));
        }

        var reports = new List<(string Set, string Extractor, ExtractionReport Report)>();
        foreach (var (name, htmlFolder, truthFile) in sets)
        {
            List<(string Id, string Html, string Truth)> pages;
            try
            {
                pages = ExtractionBenchmark.Load(htmlFolder, truthFile);
            }
            catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{truthFile}: unreadable: {e.Message}");
                return 2;
            }

            if (request.Half is { } half)
            {
                bool first = half == "first";
                pages = pages.FindAll(p => ExtractionBenchmark.IsFirstHalf(p.Id) == first);
            }

            if (request.Part is { } partName)
            {
                pages = pages.FindAll(p => ExtractionBenchmark.IsPartA(p.Id) == (partName == "a"));
            }

            foreach (var (extractorName, extract) in extractors)
            {
                var report = Measure(pages, extract);
                reports.Add((name, extractorName, report));
                if (extractorName == "textinsight" && request.Output is { } output)
                {
                    var folder = single ? output : output.CreateSubdirectory(name);
                    folder.Create();
                    foreach (var page in report.Pages)
                    {
                        File.WriteAllText(Path.Combine(folder.FullName, page.Id + ".txt"), page.Predicted);
                    }
                }

                if (request.PerPage && extractorName == "textinsight")
                {
                    foreach (var page in report.Pages)
                    {
                        var c = page.Counts;
                        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{(single ? string.Empty : name + "\t")}{page.Id}\tP={c.Precision:F3}\tR={c.Recall:F3}\tRL={page.RougeLsum:F3}\t{page.Elapsed.TotalMilliseconds:F1} ms"));
                    }
                }
            }
        }

        if (single)
        {
            foreach (var (_, extractor, report) in reports)
            {
                Print(stdout, extractor, report);
            }

            return 0;
        }

        PrintTable(stdout, reports, extractors.ConvertAll(e => e.Name), sets.Count);
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
            $"{name,-12} pages={report.Pages.Count}  precision={report.Precision:F3}  recall={report.Recall:F3}  F1={report.F1:F3}  rougeLsum={report.RougeLsumMean:F3}  rougeLsumMedian={report.RougeLsumMedian:F3}  median={report.MedianMilliseconds:F1} ms  p90={report.P90Milliseconds:F1} ms  cpu={report.CpuMillisecondsPerPage:F1} ms/page"));

    /// <summary>
    /// A Markdown table: a row per set and extractor, then a macro row per extractor: the mean of the sets' figures
    /// (the study's macro mean of per-set means), with the time per page over all pages pooled.
    /// </summary>
    private static void PrintTable(TextWriter stdout, List<(string Set, string Extractor, ExtractionReport Report)> reports, List<string> extractors, int setCount)
    {
        stdout.WriteLine("| set | extractor | pages | precision | recall | 4-gram F1 | ROUGE-LSum mean | ROUGE-LSum median | median ms | p90 ms |");
        stdout.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (set, extractor, report) in reports)
        {
            Row(stdout, set, extractor, report.Pages.Count, report.Precision, report.Recall, report.F1, report.RougeLsumMean, report.RougeLsumMedian, report.MedianMilliseconds, report.P90Milliseconds);
        }

        foreach (string extractor in extractors)
        {
            double p = 0, r = 0, f = 0, mean = 0, median = 0;
            var pooled = new List<PageResult>();
            var cpu = TimeSpan.Zero;
            foreach (var (_, name, report) in reports)
            {
                if (name != extractor)
                {
                    continue;
                }

                p += report.Precision;
                r += report.Recall;
                f += report.F1;
                mean += report.RougeLsumMean;
                median += report.RougeLsumMedian;
                pooled.AddRange(report.Pages);
                cpu += TimeSpan.FromMilliseconds(report.CpuMillisecondsPerPage * report.Pages.Count);
            }

            var all = new ExtractionReport(pooled, cpu);
            Row(stdout, $"macro ({setCount} sets)", extractor, pooled.Count, p / setCount, r / setCount, f / setCount, mean / setCount, median / setCount, all.MedianMilliseconds, all.P90Milliseconds);
        }
    }

    private static void Row(TextWriter stdout, string set, string extractor, int pages, double precision, double recall, double f1, double rougeMean, double rougeMedian, double medianMs, double p90Ms) =>
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {set} | {extractor} | {pages} | {precision:F3} | {recall:F3} | {f1:F3} | {rougeMean:F3} | {rougeMedian:F3} | {medianMs:F1} | {p90Ms:F1} |"));

    /// <summary>What <c>evaluate extraction</c> was asked.</summary>
    internal sealed record Request(DirectoryInfo? Data, DirectoryInfo? Html, FileInfo? Truth, string? Half, bool PerPage, DirectoryInfo? Output, string? Peer, string? Model = null, string? Part = null);
}
