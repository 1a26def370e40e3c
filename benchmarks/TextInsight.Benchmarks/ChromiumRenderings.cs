using System.Diagnostics;
using TextInsight.Structure.Training;
using TextInsight.Tests.Support;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--render-chromium OUT PART</c>: renders every page of the structure data's part (the shared data beside the
/// repository) with headless Chromium (<see cref="ChromiumPageRenderer"/>) and writes the whole page's and the article
/// region's text to <c>OUT/page/&lt;id&gt;.txt</c> and <c>OUT/region/&lt;id&gt;.txt</c>, where <c>evaluate structure
/// --renderings</c> and <c>train structure --renderings</c> read them. Pages already rendered are skipped, so an
/// interrupted run resumes; the browser is restarted after a failure and every 200 pages.
/// </summary>
internal static class ChromiumRenderings
{
    public static async Task RunAsync(string output, PagePart part)
    {
        var sets = BenchmarkInput.StructureDataSets();
        int rendered = 0, skipped = 0, noRegion = 0, failed = 0, sinceStart = 0;
        var clock = Stopwatch.StartNew();
        ChromiumPageRenderer? renderer = null;
        try
        {
            foreach (string set in sets)
            {
                foreach (var (id, html, truth) in StructurePages.Read(set, part))
                {
                    if (File.Exists(BrowserRendering.PathOf(output, RenderScope.Page, id)))
                    {
                        skipped++;
                        continue;
                    }

                    if (renderer is null || sinceStart >= 200)
                    {
                        if (renderer is not null)
                        {
                            await renderer.DisposeAsync();
                        }

                        renderer = await ChromiumPageRenderer.StartAsync();
                        sinceStart = 0;
                    }

                    sinceStart++;
                    try
                    {
                        var (page, region) = await renderer.RenderAsync(html, truth);
                        if (region is null)
                        {
                            noRegion++;
                            Console.Error.WriteLine($"{Path.GetFileName(set)}/{id}: the browser's tree has no element at the region's path; region not written");
                        }
                        else
                        {
                            BrowserRendering.Write(output, RenderScope.Region, id, region);
                        }

                        // The page file last: its presence marks the page done.
                        BrowserRendering.Write(output, RenderScope.Page, id, page);
                        rendered++;
                    }
                    catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.Net.WebSockets.WebSocketException)
                    {
                        failed++;
                        Console.Error.WriteLine($"{Path.GetFileName(set)}/{id}: {e.Message}");
                        await renderer.DisposeAsync();
                        renderer = null;
                    }
                }

                Console.Error.WriteLine($"{Path.GetFileName(set)}: done, {rendered} rendered so far, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }
        finally
        {
            if (renderer is not null)
            {
                await renderer.DisposeAsync();
            }
        }

        Console.WriteLine($"{part}: {rendered} pages rendered, {skipped} already there, {noRegion} without the region, {failed} failed; {clock.Elapsed.TotalSeconds:F0} s");
    }
}
