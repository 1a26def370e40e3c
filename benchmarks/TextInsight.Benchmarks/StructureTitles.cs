using System.Globalization;
using System.Runtime.InteropServices;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--structure-titles PART region|page</c>: for every page of the part whose headline is one unit of the rendering,
/// why the parser's title is wrong when it is: the headline outside the candidate window, boilerplate by its own text,
/// below the model's threshold, or ranked below another candidate (with both probabilities).
/// </summary>
internal static class StructureTitles
{
    public static void Run(PagePart part, RenderScope scope)
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        var sets = StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        var model = StructureModel.Default!;
        var reasons = new Dictionary<string, int>();
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, part))
            {
                var page = PageRenderer.Render(html, truth, scope, blankLines: true, captions: true);
                if (page.Headlines.Count == 0)
                {
                    continue;
                }

                string text = page.Text;
                var units = CollectionsMarshal.AsSpan(ArticleParser.ReadUnits(text));
                int at = -1;
                for (int i = 0; i < units.Length && at < 0; i++)
                {
                    string u = text.Substring(units[i].Start, units[i].Length);
                    if (page.Headlines.Any(h => TruthAligner.SameHeadline(u, h)))
                    {
                        at = i;
                    }
                }

                var s = ArticleParser.Default.Parse(text);
                string? title = s.Title?.GetText(text);
                bool ok = title is not null && page.Headlines.Any(h => TruthAligner.SameHeadline(title, h));
                string reason;
                string detail = "";
                if (ok)
                {
                    reason = "right";
                }
                else if (at < 0)
                {
                    reason = "no unit";
                }
                else
                {
                    var body = new double[units.Length];
                    var tp = new double[units.Length];
                    model.Predict(text, units, body, tp);
                    int window = LineFeatures.TitleWindow(units, body);
                    int chosen = title is null ? -1 : units.ToArray().ToList().FindIndex(u => u.Start == s.Title!.Value.Start);
                    int rank = 1;
                    for (int i = 0; i < units.Length; i++)
                    {
                        rank += tp[i] > tp[at] && units[i].Signal is null ? 1 : 0;
                    }

                    reason = at >= window ? "outside window"
                        : units[at].Signal is not null ? "own signal " + units[at].Signal
                        : !ArticleParser.IsTitleSized(units[at]) ? "too long"
                        : !units.ToArray().Any(u => u.Signal is not null) ? "no signal in text (rules' first line)"
                        : tp[at] <= model.TitleThreshold && (chosen < 0 || tp[chosen] <= model.TitleThreshold) ? "below threshold, rules chose"
                        : "ranked " + Math.Min(rank, 4) + (rank >= 4 ? "+" : "");
                    detail = string.Create(CultureInfo.InvariantCulture,
                        $"\n    expected @{at}/{units.Length} p={tp[at]:0.000} body={body[at]:0.00} window={window}: {Cut(text.Substring(units[at].Start, units[at].Length))}\n    chosen   @{chosen} p={(chosen >= 0 ? tp[chosen] : -1):0.000} body={(chosen >= 0 ? body[chosen] : -1):0.00}: {Cut(title)}");
                }

                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                if (!ok && at >= 0)
                {
                    Console.WriteLine($"{Path.GetFileName(set)}/{id[..8]} {reason}{detail}");
                }
            }
        }

        foreach (var (r, n) in reasons.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"{n,5} {r}");
        }
    }

    private static string Cut(string? s) => s is null ? "(none)" : s.Length <= 100 ? s : s[..100] + "…";
}
