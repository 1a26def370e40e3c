using System.Text;
using System.Text.Json.Nodes;
using TextInsight.Structure.Training;

namespace TextInsight.Tests.Support;

/// <summary>
/// Renders pages to plain text with headless Chromium, an independent renderer for the plain-text structure model: the
/// browser's <c>innerText</c> of the whole page and of the article region <see cref="PageRenderer"/> finds
/// (<see cref="BrowserRendering.Script"/>). Page scripts are off, images are not loaded and every network request is
/// blocked (pages are local files; their external stylesheets are therefore not applied). Not thread-safe: one page at a
/// time. Also linked into the benchmarks project, whose <c>--render-chromium</c> writes the renderings of the data sets.
/// </summary>
internal sealed class ChromiumPageRenderer : IAsyncDisposable
{
    private readonly HeadlessChromium _browser;
    private readonly string _folder;

    private ChromiumPageRenderer(HeadlessChromium browser, string folder)
    {
        _browser = browser;
        _folder = folder;
    }

    /// <summary>Starts the browser with scripts off and the network blocked.</summary>
    public static async Task<ChromiumPageRenderer> StartAsync()
    {
        var browser = await HeadlessChromium.StartAsync(1280, 1024, ["--blink-settings=imagesEnabled=false", "--host-resolver-rules=MAP * ~NOTFOUND"]);
        try
        {
            await browser.CommandAsync("Emulation.setScriptExecutionDisabled", new JsonObject { ["value"] = true });
            await browser.CommandAsync("Network.enable");
            await browser.CommandAsync("Network.setBlockedURLs", new JsonObject { ["urls"] = new JsonArray("http://*", "https://*", "ws://*", "wss://*", "ftp://*") });
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }

        string folder = Path.Combine(Path.GetTempPath(), "textinsight-render-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new ChromiumPageRenderer(browser, folder);
    }

    /// <summary>
    /// The whole page's text and the article region's (null when the browser's tree has no element where
    /// <see cref="PageRenderer.Locate"/> found the region).
    /// </summary>
    public async Task<(string Page, string? Region)> RenderAsync(string html, string truth)
    {
        var location = PageRenderer.Locate(html, truth);
        // A byte order mark makes the browser read the file as UTF-8 whatever charset its markup declares (the data
        // sets' pages are stored and read as UTF-8).
        string file = Path.Combine(_folder, "page.html");
        await File.WriteAllTextAsync(file, html, new UTF8Encoding(true));
        await _browser.NavigateAsync(new Uri(file));
        var value = await _browser.EvaluateAsync(BrowserRendering.Script(location))
            ?? throw new InvalidOperationException("The rendering script returned nothing.");
        return ((string?)value["page"] ?? string.Empty, (string?)value["region"]);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
