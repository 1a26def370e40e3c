using System.Globalization;
using System.Runtime.InteropServices;
using TextInsight.Summaries;

namespace TextInsight.Structure.Training;

/// <summary>Settings of <see cref="StructureTrainer"/>.</summary>
internal sealed record StructureTrainingOptions
{
    public int Trees { get; init; } = 80;

    public int Depth { get; init; } = 4;

    public double LearningRate { get; init; } = 0.2;

    public int TitleTrees { get; init; } = 60;

    /// <summary>Depth of the headline pass's trees (0: <see cref="Depth"/>).</summary>
    public int TitleDepth { get; init; }

    /// <summary>Learning rate of the headline pass (0: <see cref="LearningRate"/>).</summary>
    public double TitleLearningRate { get; init; }

    public double TitleThreshold { get; init; } = 0.2;

    /// <summary>Whether the headline pass also learns from the renderings added from folders (else only the body passes do).</summary>
    public bool HeadlineFromExtraRenderings { get; init; } = true;

    /// <summary>Whether the renderings added from folders train only the title chooser (the passes learn from the own renderings alone).</summary>
    public bool ExtraRenderingsChooserOnly { get; init; }

    /// <summary>Whether to train a <see cref="TitleChooser"/> on top of the headline pass.</summary>
    public bool Chooser { get; init; }

    /// <summary>The chooser's L2 penalty toward the headline pass's own order.</summary>
    public double ChooserL2 { get; init; }
}

/// <summary>
/// Trains <see cref="StructureModel"/> from web pages with their true main text. Every page is rendered to plain text
/// twice (its article region and its whole page, one with blank lines between blocks and the other with single line
/// breaks, captions kept or dropped, chosen by the page id's hash), cut into units as the parser cuts them, and each
/// unit is labelled main text by <see cref="TruthAligner"/> and headline when it matches the page's metadata title or
/// <c>&lt;h1&gt;</c>. The sequence pass is trained on first-pass probabilities predicted across two folds of pages
/// (jackknifed), so that it learns how far the first pass can be trusted on pages it did not see. Renderings of the same
/// pages by another renderer (a browser's, read from a folder) may be added beside them. Deterministic.
/// </summary>
internal sealed class StructureTrainer
{
    private readonly List<float> _rows = [];
    private readonly List<bool> _body = [];
    private readonly List<bool> _title = [];
    private readonly List<(int Start, int Count, int Fold, bool HasTitle, int Text, bool Extra)> _documents = [];
    private readonly List<string> _texts = [];
    private readonly List<TextUnit> _units = [];

    public int Pages { get; private set; }

    public int Units => _body.Count;

    /// <summary>Renderings read from other renderers' folders (<see cref="BrowserRendering"/>) and added.</summary>
    public int ExtraRenderings { get; private set; }

    /// <summary>The title chooser's training lists, when <see cref="StructureTrainingOptions.Chooser"/> was asked for.</summary>
    public TitleChooserTrainer? ChooserData { get; private set; }

    /// <summary>
    /// Adds one page: its renderings, units, features and labels; with <paramref name="renderings"/>, also the page's
    /// region and whole-page texts found in those folders (another renderer's), in the same fold as the page's own.
    /// </summary>
    public void Add(string id, string html, string truth, IReadOnlyList<string>? renderings = null)
    {
        uint h = StructurePages.Hash(id);
        bool regionBlank = (h & 1) == 0;
        var region = PageRenderer.Render(html, truth, RenderScope.Region, regionBlank, captions: (h & 2) == 0);
        AddRendering(region, truth, Pages, extra: false);
        AddRendering(PageRenderer.Render(html, truth, RenderScope.Page, !regionBlank, captions: (h & 4) == 0), truth, Pages, extra: false);
        foreach (string folder in renderings ?? [])
        {
            foreach (var scope in (ReadOnlySpan<RenderScope>)[RenderScope.Region, RenderScope.Page])
            {
                if (BrowserRendering.Read(folder, scope, id) is { } text)
                {
                    AddRendering(new RenderedPage(text, region.Headlines), truth, Pages, extra: true);
                    ExtraRenderings++;
                }
            }
        }

        Pages++;
    }

    private void AddRendering(RenderedPage page, string truth, int pageIndex, bool extra)
    {
        var units = ArticleParser.ReadUnits(page.Text);
        if (units.Count == 0)
        {
            return;
        }

        int start = _body.Count;
        var aligner = new TruthAligner(truth);
        bool hasTitle = false;
        foreach (var u in units)
        {
            string text = page.Text.Substring(u.Start, u.Length);
            _body.Add(aligner.IsMain(text));
            bool isTitle = page.Headlines.Any(hl => TruthAligner.SameHeadline(text, hl));
            _title.Add(isTitle);
            hasTitle |= isTitle;
        }

        var rows = new float[units.Count * LineFeatures.Width];
        LineFeatures.Fill(page.Text, CollectionsMarshal.AsSpan(units), rows);
        _rows.AddRange(rows);
        _units.AddRange(units);
        _documents.Add((start, units.Count, pageIndex % 2, hasTitle, _texts.Count, extra));
        _texts.Add(page.Text);
    }

    public StructureModel Train(StructureTrainingOptions options, TextWriter log)
    {
        int n = _body.Count;
        var rows = CollectionsMarshal.AsSpan(_rows);
        var body = _body.ToArray();
        var units = CollectionsMarshal.AsSpan(_units);

        // Pass 1, jackknifed over two folds of pages for the sequence pass's features, then on everything.
        var p1 = new double[n];
        bool passesOnExtra = !options.ExtraRenderingsChooserOnly;
        for (int fold = 0; fold < 2; fold++)
        {
            var (trees, bias) = Fit(rows, body, LineFeatures.Pass1Count, d => d.Fold != fold && (passesOnExtra || !d.Extra), options.Trees, options, log, $"pass 1, fold {fold}");
            foreach (var d in _documents)
            {
                if (d.Fold == fold)
                {
                    for (int i = d.Start; i < d.Start + d.Count; i++)
                    {
                        p1[i] = StructureModel.Sigmoid(bias + trees.Evaluate(rows.Slice(i * LineFeatures.Width, LineFeatures.Width)));
                    }
                }
            }
        }

        var (pass1, bias1) = Fit(rows, body, LineFeatures.Pass1Count, d => passesOnExtra || !d.Extra, options.Trees, options, log, "pass 1");
        foreach (var d in _documents)
        {
            LineFeatures.FillSequence(units.Slice(d.Start, d.Count), p1.AsSpan(d.Start, d.Count), rows.Slice(d.Start * LineFeatures.Width, d.Count * LineFeatures.Width));
        }

        var (pass2, bias2) = Fit(rows, body, LineFeatures.Pass2Count, d => passesOnExtra || !d.Extra, options.Trees, options, log, "pass 2");
        var p2 = new double[n];
        for (int i = 0; i < n; i++)
        {
            p2[i] = StructureModel.Sigmoid(bias2 + pass2.Evaluate(rows.Slice(i * LineFeatures.Width, LineFeatures.Width)));
        }

        foreach (var d in _documents)
        {
            LineFeatures.FillTitle(_texts[d.Text], units.Slice(d.Start, d.Count), p2.AsSpan(d.Start, d.Count), rows.Slice(d.Start * LineFeatures.Width, d.Count * LineFeatures.Width));
        }

        // The headline is looked for among the first units of pages that show it.
        var titleRows = new List<int>();
        foreach (var d in _documents)
        {
            if (!d.HasTitle || (d.Extra && (!options.HeadlineFromExtraRenderings || !passesOnExtra)))
            {
                continue;
            }

            int window = LineFeatures.TitleWindow(units.Slice(d.Start, d.Count), p2.AsSpan(d.Start, d.Count));
            for (int i = d.Start; i < d.Start + window; i++)
            {
                if (ArticleParser.IsTitleSized(units[i]))
                {
                    titleRows.Add(i);
                }
            }
        }

        var titleOptions = options with
        {
            Depth = options.TitleDepth > 0 ? options.TitleDepth : options.Depth,
            LearningRate = options.TitleLearningRate > 0 ? options.TitleLearningRate : options.LearningRate,
        };
        var titles = _title.ToArray();
        var (title, biasTitle) = Fit(rows, titles, LineFeatures.Width, titleRows, options.TitleTrees, titleOptions, log, "title");
        var chooser = options.Chooser ? TrainChooser(rows, units, p2, titles, titleRows, titleOptions, log) : null;
        return new StructureModel(bias1, pass1, bias2, pass2, biasTitle, title, options.TitleThreshold, chooser);
    }

    /// <summary>
    /// The title chooser, trained on the headline pass's probabilities predicted across the two folds of pages (each
    /// page's candidates scored by a headline pass that did not see the page), so that it learns how far that pass can
    /// be trusted on pages it did not see. Every rendering that shows its headline gives one list, the added renderers'
    /// too.
    /// </summary>
    private TitleChooser TrainChooser(Span<float> rows, ReadOnlySpan<TextUnit> units, double[] p2, bool[] titles, List<int> titleRows, StructureTrainingOptions options, TextWriter log)
    {
        var folds = new int[titles.Length];
        foreach (var d in _documents)
        {
            folds.AsSpan(d.Start, d.Count).Fill(d.Fold);
        }

        var data = new TitleChooserTrainer();
        var probability = new double[titles.Length];
        Span<int> candidates = stackalloc int[TitleChooser.MaxCandidates];
        var features = new float[TitleChooser.MaxCandidates * TitleChooser.FeatureCount];
        var positive = new bool[TitleChooser.MaxCandidates];
        for (int fold = 0; fold < 2; fold++)
        {
            var (trees, bias) = Fit(rows, titles, LineFeatures.Width, titleRows.FindAll(i => folds[i] != fold), options.TitleTrees, options, log, $"title, fold {fold}");
            foreach (var d in _documents)
            {
                if (d.Fold != fold || !d.HasTitle)
                {
                    continue;
                }

                var docUnits = units.Slice(d.Start, d.Count);
                var docRows = rows.Slice(d.Start * LineFeatures.Width, d.Count * LineFeatures.Width);
                var docP2 = p2.AsSpan(d.Start, d.Count);
                var docTitle = probability.AsSpan(d.Start, d.Count);
                int window = LineFeatures.TitleWindow(docUnits, docP2);
                for (int i = 0; i < window; i++)
                {
                    docTitle[i] = ArticleParser.IsTitleSized(docUnits[i])
                        ? StructureModel.Sigmoid(bias + trees.Evaluate(docRows.Slice(i * LineFeatures.Width, LineFeatures.Width)))
                        : 0;
                }

                int count = TitleChooser.FindCandidates(docUnits, docRows, docTitle, window, candidates);
                if (count < 2)
                {
                    continue;
                }

                TitleChooser.Fill(_texts[d.Text], docUnits, docP2, docRows, docTitle, candidates[..count], features.AsSpan(0, count * TitleChooser.FeatureCount));
                for (int k = 0; k < count; k++)
                {
                    positive[k] = titles[d.Start + candidates[k]];
                }

                data.Add(features.AsSpan(0, count * TitleChooser.FeatureCount), positive.AsSpan(0, count), d.Extra);
            }
        }

        ChooserData = data;
        var chooser = data.Train(options.ChooserL2);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"title chooser: {data.Lists:N0} lists, {data.Candidates:N0} candidates, headline first {data.CountRight(chooser, _ => true):N0} (in sample)"));
        return chooser;
    }

    private (BoostedTrees Trees, double Bias) Fit(
        Span<float> rows, bool[] labels, int width, Func<(int Start, int Count, int Fold, bool HasTitle, int Text, bool Extra), bool> useDocument, int trees, StructureTrainingOptions options, TextWriter log, string what)
    {
        var selected = new List<int>();
        foreach (var d in _documents)
        {
            if (useDocument(d))
            {
                for (int i = d.Start; i < d.Start + d.Count; i++)
                {
                    selected.Add(i);
                }
            }
        }

        return Fit(rows, labels, width, selected, trees, options, log, what);
    }

    private static (BoostedTrees Trees, double Bias) Fit(
        Span<float> rows, bool[] labels, int width, List<int> selected, int trees, StructureTrainingOptions options, TextWriter log, string what)
    {
        int m = selected.Count;
        var x = new float[m * width];
        var y = new bool[m];
        int positives = 0;
        for (int k = 0; k < m; k++)
        {
            int i = selected[k];
            rows.Slice(i * LineFeatures.Width, width).CopyTo(x.AsSpan(k * width, width));
            y[k] = labels[i];
            positives += y[k] ? 1 : 0;
        }

        double rate = Math.Clamp((positives + 1.0) / (m + 2.0), 1e-4, 1 - 1e-4);
        double bias = Math.Log(rate / (1 - rate));
        var margin = new double[m];
        Array.Fill(margin, bias);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var model = BoostedTrees.Train(x, width, y, margin, trees, options.Depth, options.LearningRate, lambda: 1, minHessian: 5);
        int correct = 0;
        for (int k = 0; k < m; k++)
        {
            correct += (margin[k] > 0) == y[k] ? 1 : 0;
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {m:N0} units, {positives:N0} positive, training accuracy {(double)correct / Math.Max(1, m):F4}, {System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds:F1} s"));
        return (model, bias);
    }
}
