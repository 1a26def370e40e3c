using System.Diagnostics;
using System.Globalization;
using TextInsight.Serialization;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--stage-times FILE...</c>: analyzes each file as one document (<c>.html</c> as a page) and prints the wall-clock
/// seconds of each stage (structure is the rest of the total), of writing its JSON record, and the record's size. For
/// finding a stage whose time grows faster than its input (docs/PERFORMANCE.md, inputs that grow): the inputs come from
/// <c>benchmarks/growing-inputs.py</c>. The first file is analyzed like the others: give a small one first so that the
/// later ones do not pay for compiling the code; run one process per file under <c>/usr/bin/time -v</c> for peak memory.
/// </summary>
internal static class StageTimes
{
    public static void Run(IEnumerable<string> paths)
    {
        var times = new Dictionary<string, double>(StringComparer.Ordinal);
        var builder = TextAnalyzer.CreateBuilder();
        var defaults = TextAnalyzer.CreateDefault().Components;
        foreach (var name in builder.Names.ToList())
        {
            builder.Replace(name, new Timed(defaults.First(c => c.Name == name), times));
        }

        var analyzer = builder.Build();
        foreach (var path in paths)
        {
            times.Clear();
            string text = File.ReadAllText(path);
            long start = Stopwatch.GetTimestamp();
            var analysis = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? analyzer.AnalyzeHtml(text, path) : analyzer.Analyze(text, path);
            double total = Stopwatch.GetElapsedTime(start).TotalSeconds;
            start = Stopwatch.GetTimestamp();
            string json = AnalysisJson.Serialize(AnalysisJson.ToRecord(analysis, path));
            double serialization = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var stages = string.Join('\t', times.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value:F2}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(path)}\ttotal={total:F2}\tstructure={total - times.Values.Sum():F2}\t{stages}\tjson={serialization:F2}\tjsonMB={json.Length / 1e6:F1}"));
        }
    }

    private sealed class Timed(IArticleComponent inner, Dictionary<string, double> times) : IArticleComponent
    {
        public string Name => inner.Name;

        public IReadOnlyList<string> Requires => inner.Requires;

        public IReadOnlyList<string> Assigns => inner.Assigns;

        public void Process(ArticleDocument document, CancellationToken cancellationToken)
        {
            long start = Stopwatch.GetTimestamp();
            inner.Process(document, cancellationToken);
            times[Name] = Stopwatch.GetElapsedTime(start).TotalSeconds;
        }
    }
}
