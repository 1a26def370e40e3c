using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace TextInsight.Structure.Html;

/// <summary>
/// Scores an article extractor on a folder of pages (<c>&lt;id&gt;.html</c> or <c>&lt;id&gt;.html.gz</c>) against a
/// ground truth <c>{ "&lt;id&gt;": { "articleBody": "…" } }</c>, with the benchmark's shingle metric, and times it.
/// </summary>
internal static class ExtractionBenchmark
{
    /// <summary>Reads the pages of <paramref name="htmlFolder"/> that the truth names, in the truth's order.</summary>
    /// <exception cref="FileNotFoundException">A page named in the truth is missing.</exception>
    public static List<(string Id, string Html, string Truth)> Load(string htmlFolder, string truthFile)
    {
        using var stream = File.OpenRead(truthFile);
        using var json = JsonDocument.Parse(stream);
        var pages = new List<(string, string, string)>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            string truth = entry.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                ? body.GetString() ?? string.Empty
                : string.Empty;
            pages.Add((entry.Name, ReadPage(htmlFolder, entry.Name), truth));
        }

        return pages;
    }

    /// <summary>Reads one page, gunzipping it when it is stored as <c>.html.gz</c>.</summary>
    public static string ReadPage(string htmlFolder, string id)
    {
        string plain = Path.Combine(htmlFolder, id + ".html");
        if (File.Exists(plain))
        {
            return File.ReadAllText(plain, Encoding.UTF8);
        }

        string gz = plain + ".gz";
        if (!File.Exists(gz))
        {
            throw new FileNotFoundException($"{id}: neither {plain} nor {gz} exists.", plain);
        }

        using var file = File.OpenRead(gz);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Runs <paramref name="extract"/> on every page and scores it.</summary>
    public static ExtractionReport Run(IReadOnlyList<(string Id, string Html, string Truth)> pages, Func<string, string> extract)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(extract);
        var results = new List<PageResult>(pages.Count);
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var (id, html, truth) in pages)
        {
            long start = Stopwatch.GetTimestamp();
            string predicted = extract(html);
            var elapsed = Stopwatch.GetElapsedTime(start);
            results.Add(new PageResult(id, predicted, ShingleMatcher.Match(truth, predicted), elapsed));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        return new ExtractionReport(results, cpu);
    }
}
