using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--render-variants OUT PART</c>: writes, for every page of the structure data's part, <see cref="PageRenderer"/>'s
/// renderings with the other separator and caption settings than the ones <c>train structure</c> gives the page, in the
/// folder layout of <c>--render-chromium</c>. Training with them (<c>train structure --renderings OUT</c>) adds as many
/// renderings as the browser's do, but from the same renderer: a control for what more renderings of a page do alone.
/// </summary>
internal static class OwnRenderings
{
    public static void Run(string output, PagePart part)
    {
        var sets = BenchmarkInput.StructureDataSets();
        int pages = 0;
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, part))
            {
                // StructureTrainer.Add's settings, negated.
                uint h = StructurePages.Hash(id);
                bool regionBlank = (h & 1) == 0;
                BrowserRendering.Write(output, RenderScope.Region, id, PageRenderer.Render(html, truth, RenderScope.Region, !regionBlank, captions: (h & 2) != 0).Text);
                BrowserRendering.Write(output, RenderScope.Page, id, PageRenderer.Render(html, truth, RenderScope.Page, regionBlank, captions: (h & 4) != 0).Text);
                pages++;
            }
        }

        Console.WriteLine($"{part}: {pages} pages rendered");
    }
}
