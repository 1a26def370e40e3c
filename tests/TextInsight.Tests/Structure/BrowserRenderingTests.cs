using TextInsight.Cli.Commands;
using TextInsight.Structure.Training;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Structure;

/// <summary>
/// Renderings of the structure data by another renderer (headless Chromium): where the article region stands, the
/// browser's rendering of it, and the folder that <c>train structure</c> and <c>evaluate structure</c> read them from.
/// </summary>
public sealed class BrowserRenderingTests : IDisposable
{
    // A team-written page: the headline stands outside the article element, a script would add text, an image would be
    // fetched from the network, and the page has a menu, a sidebar and a footer around the article.
    private const string Page = """
        <!DOCTYPE html><html><head><meta charset="windows-1252"><title>Harbour ferry returns after winter repairs | Coast Daily</title>
        <style>.promo { display: none }</style></head><body>
        <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
        <header><h1>Harbour ferry returns after winter repairs</h1><p class="byline">By Ana Lund</p></header>
        <div class="promo">Subscribe for one euro</div>
        <main><article>
        <p>The harbour ferry is back in service this week after three months of repairs to its engines and hull.</p>
        <p>Crossings run every twenty minutes, and the first boat leaves the north pier at six o’clock each morning.</p>
        <img src="http://example.com/ferry.jpg" alt="">
        </article></main>
        <aside><h3>Most read</h3><ol><li><a href="/a">Road works on the bridge</a></li></ol></aside>
        <footer><p>Copyright 2025 Coast Daily</p></footer>
        <script>document.body.insertAdjacentText('beforeend', 'Injected by a script');</script>
        </body></html>
        """;

    private const string Truth = "The harbour ferry is back in service this week after three months of repairs to its engines and hull.\n\n"
        + "Crossings run every twenty minutes, and the first boat leaves the north pier at six o’clock each morning.";

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("textinsight-renderings-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Locate_finds_the_article_element_and_the_headline_outside_it()
    {
        var location = PageRenderer.Locate(Page, Truth);

        Assert.Equal(["body", "main", "article"], location.Region!.Names);
        Assert.Equal(["body", "header", "h1"], location.Headline!.Names);
        Assert.Equal("""[[1,"body"],[3,"main"],[0,"article"]]""", location.Region.ToJavaScript());
        Assert.Equal(["Harbour ferry returns after winter repairs"], location.Headlines);
    }

    [Fact]
    public void Locate_gives_the_whole_body_when_no_block_is_main_text()
    {
        var location = PageRenderer.Locate(Page, "Nothing on this page says this.");

        Assert.Null(location.Region);
        Assert.Null(location.Headline);
        Assert.Contains("const R = null, H = null;", BrowserRendering.Script(location), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task Chromium_renders_the_region_after_the_headline_and_the_whole_page_with_scripts_off()
    {
        await using var renderer = await ChromiumPageRenderer.StartAsync();

        var (page, region) = await renderer.RenderAsync(Page, Truth);

        Assert.Equal(
            "Harbour ferry returns after winter repairs\n"
            + "The harbour ferry is back in service this week after three months of repairs to its engines and hull.\n\n"
            + "Crossings run every twenty minutes, and the first boat leaves the north pier at six o’clock each morning.",
            region!.Trim());
        Assert.Contains("News\nSport", page, StringComparison.Ordinal);
        Assert.Contains("By Ana Lund", page, StringComparison.Ordinal);
        Assert.Contains("Most read", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Injected", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Trainer_adds_the_renderings_a_folder_holds_for_a_page()
    {
        string folder = _dir.FullName;
        BrowserRendering.Write(folder, RenderScope.Region, "p1", "Harbour ferry returns after winter repairs\n" + Truth);
        BrowserRendering.Write(folder, RenderScope.Page, "p1", "News\nSport\nHarbour ferry returns after winter repairs\nBy Ana Lund\n" + Truth + "\nMost read");
        var own = new StructureTrainer();
        own.Add("p1", Page, Truth);
        var both = new StructureTrainer();
        both.Add("p1", Page, Truth, [folder]);
        both.Add("p2", Page, Truth, [folder]);

        Assert.Equal(0, own.ExtraRenderings);
        Assert.Equal(2, both.ExtraRenderings);
        // p1's own two renderings and the folder's two (of 2 and 7 units), then p2's own two (no rendering in the folder).
        Assert.Equal((own.Units * 2) + 2 + 7, both.Units);
    }

    [Fact]
    public void Headline_pass_leaves_the_folder_renderings_out_when_told_and_the_body_passes_keep_them()
    {
        string folder = _dir.FullName;
        BrowserRendering.Write(folder, RenderScope.Page, "p1", "News\nSport\n\nHarbour ferry returns after winter repairs\n\nBy Ana Lund\n\n" + Truth + "\n\nMost read");
        var trainer = new StructureTrainer();
        trainer.Add("p1", Page, Truth, [folder]);
        trainer.Add("p2", Page.Replace("Harbour ferry", "Island ferry", StringComparison.Ordinal), Truth);
        var options = new StructureTrainingOptions { Trees = 2, Depth = 2, TitleTrees = 2 };

        var all = trainer.Train(options, TextWriter.Null);
        var bodyOnly = trainer.Train(options with { HeadlineFromExtraRenderings = false }, TextWriter.Null);

        Assert.Equal(Bytes(all.Pass2), Bytes(bodyOnly.Pass2));
        Assert.NotEqual(Bytes(all.Title), Bytes(bodyOnly.Title));
    }

    [Fact]
    public void Evaluate_structure_scores_a_folder_of_renderings_and_counts_the_pages_it_lacks()
    {
        var html = _dir.CreateSubdirectory("html");
        File.WriteAllText(Path.Combine(html.FullName, "a.html"), Page);
        File.WriteAllText(Path.Combine(html.FullName, "b.html"), Page);
        string truthFile = Path.Combine(_dir.FullName, "truth.json");
        File.WriteAllText(truthFile, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, Dictionary<string, string>>
        {
            ["a"] = new() { ["articleBody"] = Truth },
            ["b"] = new() { ["articleBody"] = Truth },
        }));
        var renderings = _dir.CreateSubdirectory("renderings");
        BrowserRendering.Write(renderings.FullName, RenderScope.Page, "a", "Harbour ferry returns after winter repairs\n\n" + Truth);
        var stdout = new StringWriter();

        int code = EvaluateStructureCommand.Run(
            html, new FileInfo(truthFile), [], RenderScope.Page, blankLines: true, captions: true, PagePart.All, modelFile: null, rules: false, perPage: true,
            stdout, new StringWriter(), renderings: renderings);

        Assert.Equal(0, code);
        string output = stdout.ToString();
        Assert.Contains("pages=1  precision=1.000  recall=1.000  F1=1.000", output, StringComparison.Ordinal);
        Assert.Contains("titles right=1/1", output, StringComparison.Ordinal);
        Assert.Contains("not rendered=1", output, StringComparison.Ordinal);
    }

    private static byte[] Bytes(TextInsight.Summaries.BoostedTrees trees)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            trees.Write(writer);
        }

        return stream.ToArray();
    }

    [Fact]
    public void Evaluate_structure_refuses_a_renderings_folder_that_does_not_exist()
    {
        var stderr = new StringWriter();
        int code = EvaluateStructureCommand.Run(
            null, null, [], RenderScope.Region, true, true, PagePart.All, null, false, false, new StringWriter(), stderr,
            renderings: new DirectoryInfo(Path.Combine(_dir.FullName, "absent")));

        Assert.Equal(2, code);
        Assert.Contains("not_found", stderr.ToString(), StringComparison.Ordinal);
    }
}
