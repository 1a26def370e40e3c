using System.Globalization;
using System.Runtime.InteropServices;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--structure-title-causes PART region|page [--list] [--renderings DIR]</c>: every title error of the part, by cause
/// (with <c>--renderings</c>, on another renderer's texts of the pages, as <c>evaluate structure --renderings</c> reads them). First where the
/// page's headline (metadata title or <c>&lt;h1&gt;</c>) stands in the rendering: one unit; part of a unit with other
/// text; split over two or three adjacent units; present only after cutting the truth at a separator (a site suffix in
/// the truth: the evaluation's matching too strict); absent. Then, for a headline that is one unit, what was chosen
/// instead: nothing, a short menu or site line, the first body sentence, a heading of the body, or another line.
/// </summary>
internal static class StructureTitleCauses
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " : ", ": ", " · ", " / ", " « ", " » "];

    public static void Run(PagePart part, RenderScope scope, bool list, string? renderings = null)
    {
        string data = Path.GetFullPath(Path.Combine(BenchmarkInput.FindRoot(), "..", "shared", "data"));
        var sets = StructurePages.FindDataSets(Path.Combine(data, "article-extraction-dev"));
        sets.AddRange(StructurePages.FindDataSets(Path.Combine(data, "extraction-dev")));
        var causes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int titled = 0;
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, part))
            {
                RenderedPage page;
                if (renderings is null)
                {
                    page = PageRenderer.Render(html, truth, scope, blankLines: true, captions: true);
                }
                else if (BrowserRendering.Read(renderings, scope, id) is { } rendered)
                {
                    page = new RenderedPage(rendered, PageRenderer.Headlines(html));
                }
                else
                {
                    continue;
                }

                if (page.Headlines.Count == 0)
                {
                    continue;
                }

                titled++;
                string text = page.Text;
                var units = CollectionsMarshal.AsSpan(ArticleParser.ReadUnits(text));
                var norms = new string[units.Length];
                for (int i = 0; i < units.Length; i++)
                {
                    norms[i] = TruthAligner.Normalize(text.Substring(units[i].Start, units[i].Length));
                }

                var s = ArticleParser.Default.Parse(text);
                string? title = s.Title?.GetText(text);
                bool ok = title is not null && page.Headlines.Any(h => TruthAligner.SameHeadline(title, h));
                if (ok)
                {
                    Count(causes, "0 right");
                    continue;
                }

                string where = Where(page.Headlines, norms, out int at);
                string cause;
                if (title is not null && AffixOnly(title, page.Headlines))
                {
                    cause = "8 matching too strict: the title is the truth less a site or section name at a separator";
                }
                else if (title is not null && NamesArticle(title, page.Headlines, truth))
                {
                    cause = "9 truth names no article: its words are not in the body's opening, the title's are (a site, section or page name)";
                }
                else if (where != "one unit")
                {
                    cause = "1 headline " + where;
                }
                else if (title is null)
                {
                    cause = "2 no title chosen";
                }
                else
                {
                    string t = TruthAligner.Normalize(title);
                    string truthNorm = TruthAligner.Normalize(truth);
                    int words = title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                    bool inBody = t.Length > 0 && truthNorm.Contains(t, StringComparison.Ordinal);
                    bool holds = page.Headlines.Any(h => Holds(t, TruthAligner.Normalize(h)));
                    cause = holds ? "3 chosen holds the headline (or is held), ratio under 60%"
                        : inBody && words >= 8 ? "4 body sentence chosen"
                        : inBody ? "5 body heading or short body line chosen"
                        : words <= 3 ? "6 menu or site word chosen (3 words or fewer)"
                        : "7 other line chosen (teaser, tagline, call to action)";
                }

                Count(causes, cause);
                if (list)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{Path.GetFileName(set)}/{id[..Math.Min(8, id.Length)]} [{cause}] @{at}\n    chose: {Cut(title)}\n    truth: {string.Join(" || ", page.Headlines.Select(Cut))}"));
                }
            }
        }

        Console.WriteLine($"{part} {scope}: {titled} pages with a headline");
        foreach (var (c, n) in causes)
        {
            Console.WriteLine($"{n,5} {c}");
        }
    }

    /// <summary>Where the first headline that can be found stands among the units.</summary>
    private static string Where(IReadOnlyList<string> headlines, string[] norms, out int at)
    {
        at = -1;
        for (int i = 0; i < norms.Length; i++)
        {
            if (headlines.Any(h => Same(norms[i], TruthAligner.Normalize(h))))
            {
                at = i;
                return "one unit";
            }
        }

        foreach (string h in headlines)
        {
            string hn = TruthAligner.Normalize(h);
            if (hn.Length < 8)
            {
                continue;
            }

            for (int i = 0; i < norms.Length; i++)
            {
                if (norms[i].Contains(hn, StringComparison.Ordinal))
                {
                    at = i;
                    return "in a unit with other text";
                }
            }
        }

        foreach (string h in headlines)
        {
            string hn = TruthAligner.Normalize(h);
            if (hn.Length < 8)
            {
                continue;
            }

            for (int i = 0; i < norms.Length; i++)
            {
                if (norms[i].Length == 0 || !hn.StartsWith(norms[i], StringComparison.Ordinal))
                {
                    continue;
                }

                string joined = norms[i];
                for (int k = i + 1; k < Math.Min(norms.Length, i + 3); k++)
                {
                    joined += norms[k];
                    if (Same(joined, hn) || joined.Contains(hn, StringComparison.Ordinal))
                    {
                        at = i;
                        return "split over adjacent units";
                    }
                }
            }
        }

        foreach (string h in headlines)
        {
            foreach (string sep in Separators)
            {
                foreach (string piece in h.Split(sep, StringSplitOptions.RemoveEmptyEntries))
                {
                    string pn = TruthAligner.Normalize(piece);
                    if (pn.Length < 12)
                    {
                        continue;
                    }

                    for (int i = 0; i < norms.Length; i++)
                    {
                        if (norms[i].Length > 0 && (Same(norms[i], pn) || norms[i].Contains(pn, StringComparison.Ordinal)))
                        {
                            at = i;
                            return "only as a piece of the truth cut at a separator (site suffix in the truth)";
                        }
                    }
                }
            }
        }

        return headlines.All(h => TruthAligner.Normalize(h).Length < 8) ? "absent (truth under 8 letters, e.g. a site name)" : "absent from the text";
    }

    private static bool AffixOnly(string title, IReadOnlyList<string> headlines)
    {
        string t = TruthAligner.Normalize(title);
        foreach (string h in headlines)
        {
            foreach (string sep in Separators)
            {
                var pieces = h.Split(sep, StringSplitOptions.RemoveEmptyEntries);
                if (pieces.Length < 2)
                {
                    continue;
                }

                // The headline is the longest piece; the others are the site's or section's name.
                string longest = pieces.MaxBy(p => p.Length)!;
                if (Same(t, TruthAligner.Normalize(longest)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Most of the title's longer words are in the first 1,000 characters of the true body, and few of the truth headline's.</summary>
    private static bool NamesArticle(string title, IReadOnlyList<string> headlines, string truth)
    {
        string lead = truth.Length > 1000 ? truth[..1000] : truth;
        var leadWords = new HashSet<string>(lead.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TruthAligner.Normalize));
        double Share(string s)
        {
            var w = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TruthAligner.Normalize).Where(x => x.Length >= 4).ToList();
            return w.Count == 0 ? 0 : (double)w.Count(leadWords.Contains) / w.Count;
        }

        return Share(title) >= 0.6 && headlines.All(h => Share(h) < 0.3);
    }

    private static bool Same(string a, string b)
    {
        if (a.Length < 8 || b.Length < 8)
        {
            return a.Length > 0 && a == b;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return longer.Contains(shorter, StringComparison.Ordinal) && shorter.Length * 10 >= longer.Length * 6;
    }

    private static bool Holds(string a, string b) =>
        a.Length >= 8 && b.Length >= 8 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));

    private static void Count(SortedDictionary<string, int> causes, string cause) => causes[cause] = causes.GetValueOrDefault(cause) + 1;

    private static string Cut(string? s) => s is null ? "(none)" : s.Length <= 110 ? s : s[..110] + "…";
}
