using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text;
using TextInsight.Internals;

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

    /// <summary>
    /// Whether a page belongs to the first half of a set split by page id (a stable FNV-1a hash of the id, even or odd):
    /// the half to choose features and train on; the other half reports figures not used to choose them.
    /// </summary>
    public static bool IsFirstHalf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (Fnv1a.Hash(id) & 1) == 0;
    }

    /// <summary>
    /// Whether a page falls in part A of its half (the next bit of the same hash): the first half splits into parts A
    /// and B so that a model trained on one part can be scored on the other before anything looks at the second half.
    /// </summary>
    public static bool IsPartA(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (Fnv1a.Hash(id) & 2) == 0;
    }

    /// <summary>
    /// The datasets under <paramref name="folder"/>: the folder itself when it holds a <c>ground-truth.json</c> and an
    /// <c>html</c> folder, else each such subfolder, by name.
    /// </summary>
    public static List<(string Name, string HtmlFolder, string TruthFile)> FindDatasets(string folder)
    {
        var sets = new List<(string, string, string)>();
        if (IsDataset(folder))
        {
            sets.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), Path.Combine(folder, "html"), Path.Combine(folder, "ground-truth.json")));
            return sets;
        }

        var subfolders = Directory.GetDirectories(folder);
        Array.Sort(subfolders, StringComparer.Ordinal);
        foreach (string sub in subfolders)
        {
            if (IsDataset(sub))
            {
                sets.Add((Path.GetFileName(sub), Path.Combine(sub, "html"), Path.Combine(sub, "ground-truth.json")));
            }
        }

        return sets;
    }

    private static bool IsDataset(string folder) =>
        File.Exists(Path.Combine(folder, "ground-truth.json")) && Directory.Exists(Path.Combine(folder, "html"));

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
            results.Add(new PageResult(id, predicted, default, 0, elapsed));
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;

        // Scored after the timed pass, so that the timings and the processor time are the extractor's alone.
        for (int i = 0; i < results.Count; i++)
        {
            string truth = pages[i].Truth;
            var r = results[i];
            results[i] = r with { Counts = ShingleMatcher.Match(truth, r.Predicted), RougeLsum = ExtractionRouge.F1(truth, r.Predicted) };
        }

        return new ExtractionReport(results, cpu);
    }
}
