using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--title-chooser-dev RENDERINGS [OUT.bin]</c>: trains the structure model with the title chooser on the train part
/// (v2's settings; the other renderer's texts of the train pages, from RENDERINGS, train the chooser only), then scores
/// titles on both renderings of the dev part (ours and RENDERINGS', region and whole page: four texts a page) for the
/// headline pass alone and for chooser variants (L2 penalty, feature groups left out) trained on the same lists, each
/// parsed by the real parser and judged as <c>evaluate structure</c> judges a title. Writes the default variant's model
/// to OUT.bin when given. For choosing the chooser's settings on dev; the test part is not read.
/// </summary>
internal static class TitleChooserDev
{
    public static void Run(string renderings, string? output)
    {
        var sets = BenchmarkInput.StructureDataSets();
        var trainer = new StructureTrainer();
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, PagePart.Train))
            {
                trainer.Add(id, html, truth, [renderings]);
            }
        }

        Console.Error.WriteLine($"train: {trainer.Pages} pages, {trainer.ExtraRenderings} renderings from {renderings}");
        var options = new StructureTrainingOptions
        {
            TitleThreshold = 0.1, TitleTrees = 150, Chooser = true, ExtraRenderingsChooserOnly = true,
        };
        var model = trainer.Train(options, Console.Error);
        if (output is not null)
        {
            using var file = File.Create(output);
            model.Write(file);
        }

        var data = trainer.ChooserData!;
        var dev = new List<(string Group, string Text, IReadOnlyList<string> Headlines)>();
        foreach (string set in sets)
        {
            foreach (var (id, html, truth) in StructurePages.Read(set, PagePart.Dev))
            {
                foreach (var scope in (ReadOnlySpan<RenderScope>)[RenderScope.Region, RenderScope.Page])
                {
                    string name = scope == RenderScope.Region ? "region" : "page";
                    var ours = PageRenderer.Render(html, truth, scope, blankLines: true, captions: true);
                    if (ours.Headlines.Count == 0)
                    {
                        continue;
                    }

                    dev.Add(($"ours {name}", ours.Text, ours.Headlines));
                    if (BrowserRendering.Read(renderings, scope, id) is { } text)
                    {
                        dev.Add(($"chromium {name}", text, ours.Headlines));
                    }
                }
            }
        }

        Console.WriteLine($"dev: {dev.Count} texts with a headline");
        string[] groups = ["ours region", "chromium region", "ours page", "chromium page"];
        void Score(string name, StructureModel m)
        {
            var parser = new ArticleParser(m);
            var right = new Dictionary<string, int>();
            var total = new Dictionary<string, int>();
            foreach (var (group, text, headlines) in dev)
            {
                string? title = parser.Parse(text).Title?.GetText(text);
                bool ok = title is not null && headlines.Any(h => TruthAligner.SameHeadline(title, h));
                right[group] = right.GetValueOrDefault(group) + (ok ? 1 : 0);
                total[group] = total.GetValueOrDefault(group) + 1;
            }

            int sum = groups.Sum(g => right.GetValueOrDefault(g));
            Console.WriteLine($"{name,-44} " + string.Join("  ", groups.Select(g => $"{g} {right.GetValueOrDefault(g)}/{total.GetValueOrDefault(g)}")) + $"  sum {sum}");
        }

        Score("headline pass alone (v2)", model.WithChooser(null));
        Score("chooser, default (l2 0)", model);
        var halves = new Func<int, bool>[] { l => l % 2 == 0, l => l % 2 == 1 };
        foreach (double l2 in (double[])[0, 0.0003, 0.001, 0.003, 0.01])
        {
            var chooser = data.Train(l2);
            // Two-fold cross-validation on the train lists: the chooser's first is a headline in how many held-out lists.
            int cv = data.CountRight(data.Train(l2, useList: halves[0]), halves[1]) + data.CountRight(data.Train(l2, useList: halves[1]), halves[0]);
            Score(string.Create(CultureInfo.InvariantCulture, $"l2 {l2} (train CV {cv}/{data.Lists})"), model.WithChooser(chooser));
        }

        int cv0 = data.CountRight(data.Train(1e6, useList: halves[0]), halves[1]) + data.CountRight(data.Train(1e6, useList: halves[1]), halves[0]);
        Console.WriteLine($"train lists: {data.Lists}, headline pass's first right in {cv0} (l2 1e6: its own order)");
        Score("l2 0, lists of our renderings only", model.WithChooser(data.Train(0, useList: l => !data.IsExtra(l))));
        Score("l2 0, lists of the other renderer's only", model.WithChooser(data.Train(0, useList: data.IsExtra)));
        (string Name, int[] Features)[] drops =
        [
            ("without the list features (1-3)", [1, 2, 3]),
            ("without form (4-8, 21, 26)", [4, 5, 6, 7, 8, 21, 26]),
            ("without lead/body overlap (9-11, 22-24, 27-30)", [9, 10, 11, 22, 23, 24, 27, 28, 29, 30]),
            ("without new overlap (22-24, 27-30)", [22, 23, 24, 27, 28, 29, 30]),
            ("without the 17l second-round features (27-32)", [27, 28, 29, 30, 31, 32]),
            ("without held/holds (12, 13)", [12, 13]),
            ("without neighbourhood (14-16, 25, 31, 32)", [14, 15, 16, 25, 31, 32]),
            ("without position (17-20)", [17, 18, 19, 20]),
        ];
        foreach (var (name, features) in drops)
        {
            var mask = new bool[TitleChooser.FeatureCount];
            Array.Fill(mask, true);
            foreach (int f in features)
            {
                mask[f] = false;
            }

            Score($"l2 0, {name}", model.WithChooser(data.Train(0, mask: mask)));
        }
    }
}
