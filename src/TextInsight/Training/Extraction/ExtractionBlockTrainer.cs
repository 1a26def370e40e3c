using AngleSharp.Html.Parser;
using TextInsight.Structure.Html;

namespace TextInsight.Training.Extraction;

/// <summary>
/// Trains <see cref="HtmlBlockModel"/> from pages with their true main text. Every page goes through the heuristic
/// extractor; each of its blocks becomes a row of <see cref="HtmlBlockFeatures"/>, labelled main text when at least half
/// of its words sit in word trigrams (bigrams, words for shorter blocks) of the true text. Rows weigh by their words
/// (at most 200), normalized so that every page weighs the same within its set and every set the same overall: the
/// benchmark's figure is a macro mean of per-page scores. Both passes are logistic regressions fitted by AdaGrad; the
/// second pass learns from first-pass probabilities cross-fitted over two folds of pages, so that it sees them as they
/// will be on unseen pages. Deterministic.
/// </summary>
internal static class ExtractionBlockTrainer
{
    /// <summary>Training settings.</summary>
    internal sealed record Options(int Epochs = 8, double LearningRate = 0.2, double L2 = 1e-6, double DropThreshold = 0.0, double AddThreshold = 0.7, int Seed = 17);

    /// <summary>The rows of one page.</summary>
    private sealed class PageRows
    {
        public required int Set { get; init; }

        public required int Fold { get; init; }

        public required float[] Dense { get; init; }

        public required int[] Hashed { get; init; }

        public required byte[] HashedCounts { get; init; }

        public required (int, int, int, int)[] Ranges { get; init; }

        public required bool[] Labels { get; init; }

        public required float[] Weights { get; init; }

        public int Count => Labels.Length;
    }

    /// <summary>Trains a model on <paramref name="sets"/> (each a name and its pages).</summary>
    public static HtmlBlockModel Train(IReadOnlyList<(string Name, List<(string Id, string Html, string Truth)> Pages)> sets, Options options, TextWriter log)
    {
        var pages = new List<PageRows>();
        for (int s = 0; s < sets.Count; s++)
        {
            var setPages = sets[s].Pages;
            int before = pages.Count;
            for (int k = 0; k < setPages.Count; k++)
            {
                var rows = Rows(setPages[k].Html, setPages[k].Truth, s, k % 2);
                if (rows is not null)
                {
                    pages.Add(rows);
                }
            }

            int used = pages.Count - before;
            long blocks = 0, positive = 0;
            for (int p = before; p < pages.Count; p++)
            {
                blocks += pages[p].Count;
                foreach (bool l in pages[p].Labels)
                {
                    positive += l ? 1 : 0;
                }

                // Every set weighs the same in all: each page's weights sum to 1000 / pages of its set.
                float scale = used == 0 ? 0 : 1000f / used;
                var w = pages[p].Weights;
                for (int i = 0; i < w.Length; i++)
                {
                    w[i] *= scale;
                }
            }

            log.WriteLine($"{sets[s].Name}: {used} pages, {blocks} blocks, {positive} main text");
        }

        int d1 = HtmlBlockFeatures.Dense;
        var p1 = new List<float[]>(pages.Count);
        foreach (var page in pages)
        {
            p1.Add(new float[page.Count]);
        }

        // Cross-fitted first-pass probabilities for the second pass to learn from.
        for (int fold = 0; fold < 2; fold++)
        {
            var w = Fit(pages, page => page.Fold != fold, d1, (page, i, row) => page.Dense.AsSpan(i * d1, d1).CopyTo(row), options);
            for (int p = 0; p < pages.Count; p++)
            {
                if (pages[p].Fold == fold)
                {
                    Predict(pages[p], w, p1[p]);
                }
            }
        }

        var pass1 = Fit(pages, _ => true, d1, (page, i, row) => page.Dense.AsSpan(i * d1, d1).CopyTo(row), options);
        var prefixes = new List<float[]>(pages.Count);
        foreach (var probabilities in p1)
        {
            var prefix = new float[probabilities.Length + 1];
            for (int i = 0; i < probabilities.Length; i++)
            {
                prefix[i + 1] = prefix[i] + probabilities[i];
            }

            prefixes.Add(prefix);
        }

        var index = new Dictionary<PageRows, int>(ReferenceEqualityComparer.Instance);
        for (int p = 0; p < pages.Count; p++)
        {
            index[pages[p]] = p;
        }

        int d2 = d1 + HtmlBlockFeatures.Context;
        var pass2 = Fit(pages, _ => true, d2, (page, i, row) =>
        {
            int p = index[page];
            page.Dense.AsSpan(i * d1, d1).CopyTo(row);
            HtmlBlockFeatures.ComputeContext(i, page.Ranges[i], p1[p], prefixes[p], row[d1..]);
        }, options);
        return new HtmlBlockModel(pass1, pass2, options.DropThreshold, options.AddThreshold);
    }

    private delegate void RowWriter(PageRows page, int i, Span<float> row);

    private static void Predict(PageRows page, float[] weights, float[] output)
    {
        int d = HtmlBlockFeatures.Dense;
        for (int i = 0; i < page.Count; i++)
        {
            var hashed = page.Hashed.AsSpan(i * HtmlBlockFeatures.MaxHashed, page.HashedCounts[i]);
            output[i] = HtmlBlockModel.Sigmoid(HtmlBlockModel.Score(weights, page.Dense.AsSpan(i * d, d), hashed, d));
        }
    }

    private static float[] Fit(List<PageRows> pages, Func<PageRows, bool> use, int dense, RowWriter write, Options options)
    {
        var weights = new float[dense + HtmlBlockFeatures.HashSize];
        var squares = new double[weights.Length];
        var order = new List<(PageRows Page, int Row)>();
        foreach (var page in pages)
        {
            if (use(page))
            {
                for (int i = 0; i < page.Count; i++)
                {
                    if (page.Weights[i] > 0)
                    {
                        order.Add((page, i));
                    }
                }
            }
        }

        var random = new Random(options.Seed);
        var row = new float[dense];
        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (int k = order.Count - 1; k > 0; k--)
            {
                int j = random.Next(k + 1);
                (order[k], order[j]) = (order[j], order[k]);
            }

            foreach (var (page, i) in order)
            {
                write(page, i, row);
                var hashed = page.Hashed.AsSpan(i * HtmlBlockFeatures.MaxHashed, page.HashedCounts[i]);
                float p = HtmlBlockModel.Sigmoid(HtmlBlockModel.Score(weights, row, hashed, dense));
                double g = (p - (page.Labels[i] ? 1 : 0)) * page.Weights[i];
                for (int f = 0; f < dense; f++)
                {
                    if (row[f] != 0)
                    {
                        Step(weights, squares, f, (g * row[f]) + (options.L2 * weights[f]), options.LearningRate);
                    }
                }

                foreach (int h in hashed)
                {
                    Step(weights, squares, dense + h, g + (options.L2 * weights[dense + h]), options.LearningRate);
                }
            }
        }

        return weights;
    }

    private static void Step(float[] weights, double[] squares, int f, double gradient, double rate)
    {
        squares[f] += gradient * gradient;
        weights[f] -= (float)(rate * gradient / (Math.Sqrt(squares[f]) + 1e-8));
    }

    /// <summary>The labelled rows of one page, or null when it has no body or no true text.</summary>
    private static PageRows? Rows(string html, string truth, int set, int fold)
    {
        var truthWords = Words(truth);
        if (truthWords.Count == 0)
        {
            return null;
        }

        var unigrams = new HashSet<string>(truthWords, StringComparer.Ordinal);
        var bigrams = new HashSet<string>(StringComparer.Ordinal);
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < truthWords.Count; i++)
        {
            bigrams.Add(truthWords[i] + " " + truthWords[i + 1]);
            if (i + 2 < truthWords.Count)
            {
                trigrams.Add(truthWords[i] + " " + truthWords[i + 1] + " " + truthWords[i + 2]);
            }
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsNotSupportingFrames = true });
        AngleSharp.Html.Dom.IHtmlDocument parsed;
        try
        {
            parsed = parser.ParseDocument(HtmlDepthLimiter.Limit(html));
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }

        using var document = parsed;
        if (document.Body is not { } body)
        {
            return null;
        }

        var metadata = HtmlMetadata.Read(document);
        var collector = new HtmlBlockCollector();
        collector.Collect(body);
        var blocks = collector.Blocks;
        if (blocks.Count == 0)
        {
            return null;
        }

        var extractor = new HtmlContentExtractor(blocks, collector.Info, body);
        var selected = extractor.Select(metadata.Title);
        var features = extractor.Features(selected, metadata.Title);
        int n = blocks.Count;
        var rows = new PageRows
        {
            Set = set,
            Fold = fold,
            Dense = new float[n * HtmlBlockFeatures.Dense],
            Hashed = new int[n * HtmlBlockFeatures.MaxHashed],
            HashedCounts = new byte[n],
            Ranges = new (int, int, int, int)[n],
            Labels = new bool[n],
            Weights = new float[n],
        };
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            int h = features.Compute(i, rows.Dense.AsSpan(i * HtmlBlockFeatures.Dense, HtmlBlockFeatures.Dense), rows.Hashed.AsSpan(i * HtmlBlockFeatures.MaxHashed, HtmlBlockFeatures.MaxHashed));
            rows.HashedCounts[i] = (byte)h;
            rows.Ranges[i] = features.Ranges(i);
            var words = Words(blocks[i].Text);
            int covered = 0;
            for (int k = 0; k < words.Count; k++)
            {
                bool hit = words.Count switch
                {
                    1 => unigrams.Contains(words[0]),
                    2 => bigrams.Contains(words[0] + " " + words[1]),
                    _ => (k >= 2 && trigrams.Contains(words[k - 2] + " " + words[k - 1] + " " + words[k]))
                         || (k >= 1 && k + 1 < words.Count && trigrams.Contains(words[k - 1] + " " + words[k] + " " + words[k + 1]))
                         || (k + 2 < words.Count && trigrams.Contains(words[k] + " " + words[k + 1] + " " + words[k + 2])),
                };
                covered += hit ? 1 : 0;
            }

            rows.Labels[i] = words.Count > 0 && covered * 2 >= words.Count;
            rows.Weights[i] = Math.Min(Math.Max(words.Count, 1), 200);
            total += rows.Weights[i];
        }

        for (int i = 0; i < n; i++)
        {
            rows.Weights[i] = (float)(rows.Weights[i] / total);
        }

        return rows;
    }

    /// <summary>Lower-cased runs of letters and digits.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool w = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (w && start < 0)
            {
                start = i;
            }
            else if (!w && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
