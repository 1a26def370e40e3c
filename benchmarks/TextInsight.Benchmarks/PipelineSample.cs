using System.Text;

namespace TextInsight.Benchmarks;

/// <summary>
/// A fixed sample of BBC articles for the pipeline benchmarks: every 9th file of ../shared/data/bbc/articles in path
/// order (198 articles across the five categories), decoded as the CLI decodes them; the corpus when the data are absent.
/// </summary>
internal static class PipelineSample
{
    private static readonly Lazy<(string[] Texts, string Source)> Loaded = new(Load);

    public static string[] Texts => Loaded.Value.Texts;

    public static string Source => Loaded.Value.Source;

    /// <summary>Mean size of an article in UTF-8 bytes, for MB/s.</summary>
    public static double MeanUtf8Bytes => Texts.Average(t => (double)Encoding.UTF8.GetByteCount(t));

    private static (string[], string) Load()
    {
        string root = BenchmarkInput.FindRoot();
        string bbc = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "bbc", "articles"));
        bool hasBbc = Directory.Exists(bbc);
        string source = hasBbc ? bbc : Path.Combine(root, "corpus");
        var files = Directory.GetFiles(source, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        var picked = hasBbc ? files.Where((_, i) => i % 9 == 0) : files;
        return (picked.Select(f => TextDecoding.Decode(File.ReadAllBytes(f), out _)).ToArray(), source);
    }
}
