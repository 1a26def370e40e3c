using System.Diagnostics;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--structure-pages N</c>: the plain-text structure stage over web pages rendered to plain text (every fifth dev page
/// of the shared extraction data sets, each as its article region and as its whole page), N passes of each rendering
/// after 3 s of warm-up (thread CPU), each rendering's MB/s apart, by this process's CPU time and by the timing thread's (without
/// the runtime's background compilation and GC threads; the slowest and fastest pass in brackets), and the bytes one more
/// pass allocates on this thread per page (the structure each parse returns, and whatever else the parse allocates). Unlike the BBC sample these texts carry menus and footers, so the model's
/// headline pass runs on them. <c>--structure-pages N MODEL.bin</c> times that model file instead of the built-in one.
/// </summary>
internal static class StructurePageSpeed
{
    public static void Time(int passes, string? modelFile = null)
    {
        var region = Texts(RenderScope.Region);
        var page = Texts(RenderScope.Page);
        Console.WriteLine($"{region.Count} pages rendered twice, 3 s (thread CPU) of warm-up, then {passes} passes of each rendering");
        ArticleParser parser;
        if (modelFile is null)
        {
            parser = ArticleParser.Default;
        }
        else
        {
            using var stream = File.OpenRead(modelFile);
            parser = new ArticleParser(StructureModel.Read(stream));
        }

        // Three seconds of this thread's CPU, not of the wall clock: on a loaded machine a wall-clock warm-up ends before
        // tiered compilation has, and the timed passes then run (and pay for) unoptimized code.
        long warm = QuickCompare.ThreadCpuNanoseconds();
        while (QuickCompare.ThreadCpuNanoseconds() - warm < 3_000_000_000)
        {
            Run(parser, region, 1);
            Run(parser, page, 1);
        }

        foreach (var (name, texts) in new[] { ("region", region), ("whole page", page) })
        {
            double mb = texts.Sum(t => (double)System.Text.Encoding.UTF8.GetByteCount(t)) / 1e6;
            var c0 = Process.GetCurrentProcess().TotalProcessorTime;
            long t0 = QuickCompare.ThreadCpuNanoseconds();
            var each = new List<double>();
            for (int p = 0; p < passes; p++)
            {
                long e0 = QuickCompare.ThreadCpuNanoseconds();
                Run(parser, texts, 1);
                each.Add(mb / ((QuickCompare.ThreadCpuNanoseconds() - e0) / 1e9));
            }

            double thread = (QuickCompare.ThreadCpuNanoseconds() - t0) / 1e9;
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            Run(parser, texts, 1);
            double perPage = (GC.GetAllocatedBytesForCurrentThread() - bytes) / (double)texts.Count / 1024;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - c0).TotalSeconds;
            each.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-12} {mb:0.00} MB  {mb * passes / cpu,8:0.0} MB/s (process CPU)  {mb * passes / thread,8:0.0} MB/s (thread CPU; passes {each[0]:0.0}-{each[^1]:0.0})  {perPage,6:0.0} KB allocated/page"));
        }
    }

    private static void Run(ArticleParser parser, List<string> texts, int passes)
    {
        for (int p = 0; p < passes; p++)
        {
            foreach (string t in texts)
            {
                parser.Parse(t);
            }
        }
    }

    /// <summary>Every fifth dev page of the shared extraction sets, rendered as its article region or as its whole page.</summary>
    public static List<string> Texts(RenderScope scope)
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
                    texts.Add(PageRenderer.Render(html, truth, scope, blankLines: scope == RenderScope.Region, captions: true).Text);
                }
            }
        }

        return texts;
    }
}
