using System.Text;

namespace TextInsight.Structure.Training;

/// <summary>
/// Renderings of pages made by a browser instead of <see cref="PageRenderer"/> (an independent renderer: its own layout,
/// CSS and <c>innerText</c> conventions for blocks, tables, lists and line breaks). The script it evaluates in a loaded
/// page, and the folder the renderings are kept in: <c>&lt;folder&gt;/region/&lt;id&gt;.txt</c> and
/// <c>&lt;folder&gt;/page/&lt;id&gt;.txt</c> (page ids are content hashes, unique across the data sets).
/// </summary>
internal static class BrowserRendering
{
    /// <summary>
    /// A script expression whose value is <c>{ page, region }</c>: the <c>innerText</c> of the body (the whole page) and of
    /// the element at <paramref name="location"/>'s region path, preceded by the headline element's <c>innerText</c> and a
    /// line break when the headline stands outside the region, as <see cref="PageRenderer"/> renders the region.
    /// <c>region</c> is null when the browser's tree has no element of the same names at that path.
    /// </summary>
    public static string Script(RegionLocation location)
    {
        string region = location.Region?.ToJavaScript() ?? "null";
        string headline = location.Headline?.ToJavaScript() ?? "null";
        return $$"""
            (() => {
              const at = (path) => {
                let e = document.documentElement;
                for (const [i, name] of path) {
                  e = e ? e.children[i] : null;
                  if (!e || e.localName !== name) return null;
                }
                return e;
              };
              const root = document.body || document.documentElement;
              const page = root ? root.innerText : '';
              const R = {{region}}, H = {{headline}};
              if (R === null) return { page, region: page };
              const r = at(R);
              if (r === null) return { page, region: null };
              const h = H === null ? null : at(H);
              return { page, region: h === null ? r.innerText : h.innerText + '\n' + r.innerText };
            })()
            """;
    }

    /// <summary>The file that holds the rendering of page <paramref name="id"/> in <paramref name="scope"/>.</summary>
    public static string PathOf(string folder, RenderScope scope, string id) =>
        Path.Combine(folder, scope == RenderScope.Page ? "page" : "region", id + ".txt");

    /// <summary>The rendering of page <paramref name="id"/> in <paramref name="scope"/>, or null when the folder has none.</summary>
    public static string? Read(string folder, RenderScope scope, string id)
    {
        string path = PathOf(folder, scope, id);
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
    }

    /// <summary>Writes a rendering where <see cref="Read"/> finds it (UTF-8 without a byte order mark).</summary>
    public static void Write(string folder, RenderScope scope, string id, string text)
    {
        string path = PathOf(folder, scope, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }
}
