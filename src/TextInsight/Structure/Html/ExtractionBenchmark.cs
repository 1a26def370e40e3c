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
        foreach (var (id, html, truth) in pages)
        {
            long start = Stopwatch.GetTimestamp();
            string predicted = extract(html);
            var elapsed = Stopwatch.GetElapsedTime(start);
            results.Add(new PageResult(id, predicted, ShingleMatcher.Match(truth, predicted), elapsed));
        }

        return new ExtractionReport(results);
    }
}

/// <summary>The outcome of one page.</summary>
internal sealed record PageResult(string Id, string Predicted, ShingleCounts Counts, TimeSpan Elapsed);

/// <summary>Scores and timings of an extractor over a set of pages.</summary>
internal sealed class ExtractionReport
{
    public ExtractionReport(IReadOnlyList<PageResult> pages)
    {
        Pages = pages;
        var counts = new List<ShingleCounts>(pages.Count);
        var times = new List<double>(pages.Count);
        foreach (var p in pages)
        {
            counts.Add(p.Counts);
            times.Add(p.Elapsed.TotalMilliseconds);
        }

        (Precision, Recall, F1) = ShingleMatcher.Aggregate(counts);
        times.Sort();
        MedianMilliseconds = Percentile(times, 0.5);
        P90Milliseconds = Percentile(times, 0.9);
    }

    public IReadOnlyList<PageResult> Pages { get; }

    public double Precision { get; }

    public double Recall { get; }

    public double F1 { get; }

    public double MedianMilliseconds { get; }

    public double P90Milliseconds { get; }

    private static double Percentile(List<double> sorted, double q)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        double rank = q * (sorted.Count - 1);
        int lo = (int)Math.Floor(rank);
        int hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }
}
