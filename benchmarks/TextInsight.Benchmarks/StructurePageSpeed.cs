using System.Diagnostics;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--structure-pages N</c>: the plain-text structure stage over web pages rendered to plain text (every fifth dev page
/// of the shared extraction data sets, each as its article region and as its whole page), N passes after 3 s of
/// warm-up, by this process's CPU time. Unlike the BBC sample these texts carry menus and footers, so the model's
/// headline pass runs on them.
/// </summary>
internal static class StructurePageSpeed
{
    public static void Time(int passes)
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        var sets = StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        var texts = new List<string>();
        foreach (var set in sets)
        {
            int k = 0;
            foreach (var (_, html, truth) in StructurePages.Read(set, PagePart.Dev))
            {
                if (k++ % 5 == 0)
                {
                    texts.Add(PageRenderer.Render(html, truth, RenderScope.Region, blankLines: true, captions: true).Text);
                    texts.Add(PageRenderer.Render(html, truth, RenderScope.Page, blankLines: false, captions: true).Text);
                }
            }
        }

        double mb = texts.Sum(t => (double)System.Text.Encoding.UTF8.GetByteCount(t)) / 1e6;
        Console.WriteLine($"{texts.Count} rendered pages ({mb:0.00} MB), 3 s of warm-up, then {passes} passes");
        var parser = ArticleParser.Default;
        long warm = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(warm).TotalSeconds < 3)
        {
            foreach (string t in texts)
            {
                parser.Parse(t);
            }
        }

        var c0 = Process.GetCurrentProcess().TotalProcessorTime;
        for (int p = 0; p < passes; p++)
        {
            foreach (string t in texts)
            {
                parser.Parse(t);
            }
        }

        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - c0).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model        {mb * passes / cpu,8:0.0} MB/s (CPU) on rendered pages"));
    }
}
