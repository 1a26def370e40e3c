using System.Globalization;
using System.Runtime.InteropServices;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--structure-errors PART region|page [MODEL]</c>: where the plain-text parser's body differs from the true main text on
/// the rendered pages of a part, in words: units kept that the truth lacks and units dropped that it holds, by the unit's
/// length, by where it stands against the body the parser found (before its first paragraph, inside, after its last) and
/// by the model's body probability. Rendered as <c>evaluate structure</c> renders (blank lines, captions).
/// </summary>
internal static class StructureErrors
{
    public static void Run(PagePart part, RenderScope scope, string? modelFile)
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        var sets = StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        StructureModel model;
        if (modelFile is null)
        {
            model = StructureModel.Default!;
        }
        else
        {
            using var stream = File.OpenRead(modelFile);
            model = StructureModel.Read(stream);
        }

        var parser = new ArticleParser(model);
        var table = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string key, int words) => table[key] = table.GetValueOrDefault(key) + words;
        long mainWords = 0;
        int samples = 0;
        foreach (string set in sets)
        {
            foreach (var (_, html, truth) in StructurePages.Read(set, part))
            {
                var page = PageRenderer.Render(html, truth, scope, blankLines: true, captions: true);
                var units = CollectionsMarshal.AsSpan(ArticleParser.ReadUnits(page.Text));
                var body = new double[units.Length];
                var title = new double[units.Length];
                model.Predict(page.Text, units, body, title);
                var s = parser.Parse(page.Text);
                var kept = new HashSet<int>();
                foreach (var section in s.Sections)
                {
                    if (section.Heading is { } h)
                    {
                        kept.Add(h.Start);
                    }

                    foreach (var p in section.Paragraphs)
                    {
                        kept.Add(p.Start);
                    }
                }

                int first = -1, last = -1;
                for (int i = 0; i < units.Length; i++)
                {
                    if (kept.Contains(units[i].Start) && units[i].Words >= 8)
                    {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }

                var aligner = new TruthAligner(truth);
                for (int i = 0; i < units.Length; i++)
                {
                    ref readonly var u = ref units[i];
                    bool main = aligner.IsMain(page.Text.Substring(u.Start, u.Length));
                    bool isKept = kept.Contains(u.Start);
                    mainWords += main ? u.Words : 0;
                    if (main == isKept)
                    {
                        continue;
                    }

                    string kind = isKept ? "kept-not-main" : "dropped-main";
                    string len = u.Words switch { <= 3 => "w1-3", <= 7 => "w4-7", <= 19 => "w8-19", _ => "w20+" };
                    string zone = first < 0 ? "nobody" : i < first ? "before" : i > last ? "after" : "inside";
                    string p = body[i] switch { < 0.1 => "p<.1", < 0.5 => "p.1-.5", < 0.9 => "p.5-.9", _ => "p>.9" };
                    string role = s.Title is { } t && t.Start == u.Start ? "title" : u.Signal is { } k ? "signal:" + k : "nosignal";
                    Add($"{kind} total", u.Words);
                    Add($"{kind} len {len}", u.Words);
                    Add($"{kind} zone {zone}", u.Words);
                    Add($"{kind} prob {p}", u.Words);
                    Add($"{kind} role {role}", u.Words);
                    Add($"{kind} zone×len {zone} {len}", u.Words);
                    if (Environment.GetEnvironmentVariable("TI_SAMPLES") is { } every && u.Words >= 8 && (++samples % int.Parse(every, CultureInfo.InvariantCulture)) == 0)
                    {
                        string line = page.Text.Substring(u.Start, Math.Min(u.Length, 110)).Replace('\n', ' ');
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind} {Path.GetFileName(set)} {i}/{units.Length} p={body[i]:0.00} w={u.Words} {zone}: {line}"));
                    }
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part} {scope}: {mainWords} words of main text"));
        foreach (var (k, v) in table.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k,-40} {v,8} words"));
        }
    }
}
