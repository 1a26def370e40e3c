using System.Globalization;
using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Text;

namespace TextInsight.Summaries;

/// <summary>
/// Scores TextInsight's summarizer and the Lead and plain TextRank baselines with ROUGE against reference summaries, and
/// tunes the summarizer's weights. Articles go through the same path as in <see cref="TextAnalyzer"/>: the plain-text
/// <see cref="ArticleParser"/>, <see cref="SentenceSplitter"/> per body paragraph, then <see cref="EntityRecognizer"/>.
/// Not thread-safe (it holds a ROUGE vocabulary).
/// </summary>
internal sealed class SummaryEvaluator
{
    private readonly Rouge _rouge = new();

    /// <summary>The systems compared, in table order.</summary>
    public static IReadOnlyList<string> Systems { get; } = ["TextInsight", "Lead", "TextRank"];

    /// <summary>Parses an article and tokenizes its reference summary.</summary>
    public SummaryEvaluationItem Prepare(string id, string article, string reference)
    {
        var structure = ArticleParser.Default.Parse(article);
        var sentences = new List<TextSpan>();
        sentences.AddRange(structure.SplitSentences());

        var entities = EntityRecognizer.Default.Recognize(structure, sentences);
        var document = SummaryDocument.Build(structure, sentences, entities);
        var sentenceTexts = new string[sentences.Count];
        var sentenceTokens = new int[sentences.Count][];
        for (int i = 0; i < sentences.Count; i++)
        {
            sentenceTexts[i] = sentences[i].GetText(article);
            sentenceTokens[i] = _rouge.Tokenize(sentenceTexts[i]);
        }

        var referenceSentences = Rouge.SplitReference(reference, sentenceTexts);
        var referenceTokens = new int[referenceSentences.Count][];
        for (int i = 0; i < referenceTokens.Length; i++)
        {
            referenceTokens[i] = _rouge.Tokenize(referenceSentences[i]);
        }

        return new SummaryEvaluationItem(id, document, sentenceTokens, _rouge.Tokenize(reference), referenceTokens);
    }

    /// <summary>The sentences system <paramref name="system"/> (one of <see cref="Systems"/>) picks, in document order.</summary>
    public static int[] Select(string system, SummaryEvaluationItem item, SummaryModel? model, SummarizerWeights weights, SummaryLength length) => system switch
    {
        "TextInsight" => Summarizer.Select(item.Document, model, weights, length),
        "Lead" => Summarizer.SelectLead(item.Document, length),
        "TextRank" => Summarizer.SelectPlainTextRank(item.Document, length),
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown system."),
    };

    /// <summary>The ROUGE scores of the sentences at <paramref name="indices"/> against the item's reference.</summary>
    public static RougeScore Score(SummaryEvaluationItem item, int[] indices)
    {
        var candidate = new int[indices.Length][];
        for (int i = 0; i < indices.Length; i++)
        {
            candidate[i] = item.SentenceTokens[indices[i]];
        }

        return Rouge.Score(candidate, item.Reference, item.ReferenceSentences);
    }

    /// <summary>The mean ROUGE scores of a system over <paramref name="items"/>.</summary>
    public static RougeScore Mean(string system, IReadOnlyList<SummaryEvaluationItem> items, SummaryModel? model, SummarizerWeights weights, SummaryLength length)
    {
        double r1 = 0;
        double r2 = 0;
        double rl = 0;
        double rlsum = 0;
        foreach (var item in items)
        {
            var s = Score(item, Select(system, item, model, weights, length));
            r1 += s.Rouge1;
            r2 += s.Rouge2;
            rl += s.RougeL;
            rlsum += s.RougeLsum;
        }

        int n = Math.Max(1, items.Count);
        return new RougeScore(r1 / n, r2 / n, rl / n, rlsum / n);
    }

    /// <summary>
    /// K-fold cross-validation of the trained summarizer: the items (distinct articles, in a fixed order) go to fold
    /// <c>index mod K</c>; for each fold a model is trained on the other folds and scores that fold, so every article is
    /// scored exactly once by a model that never saw it. Returns, per length, the mean ROUGE of each of
    /// <see cref="Systems"/> over all items.
    /// </summary>
    public static RougeScore[][] CrossValidate(
        IReadOnlyList<SummaryEvaluationItem> items,
        int folds,
        double l2,
        double lengthExponent,
        int trees,
        int depth,
        SummarizerWeights weights,
        IReadOnlyList<SummaryLength> lengths)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var sums = new RougeScore[lengths.Count][];
        for (int l = 0; l < lengths.Count; l++)
        {
            sums[l] = new RougeScore[Systems.Count];
            for (int s = 0; s < Systems.Count; s++)
            {
                sums[l][s] = new RougeScore(0, 0, 0, 0);
            }
        }

        for (int fold = 0; fold < folds; fold++)
        {
            var train = new List<SummaryEvaluationItem>();
            var test = new List<SummaryEvaluationItem>();
            for (int i = 0; i < items.Count; i++)
            {
                (i % folds == fold ? test : train).Add(items[i]);
            }

            var model = SummaryModelTrainer.Train(train, l2, lengthExponent, trees, depth);
            for (int l = 0; l < lengths.Count; l++)
            {
                for (int s = 0; s < Systems.Count; s++)
                {
                    foreach (var item in test)
                    {
                        var score = Score(item, Select(Systems[s], item, model, weights, lengths[l]));
                        var sum = sums[l][s];
                        sums[l][s] = new RougeScore(sum.Rouge1 + score.Rouge1, sum.Rouge2 + score.Rouge2, sum.RougeL + score.RougeL, sum.RougeLsum + score.RougeLsum);
                    }
                }
            }
        }

        int n = Math.Max(1, items.Count);
        for (int l = 0; l < lengths.Count; l++)
        {
            for (int s = 0; s < Systems.Count; s++)
            {
                var sum = sums[l][s];
                sums[l][s] = new RougeScore(sum.Rouge1 / n, sum.Rouge2 / n, sum.RougeL / n, sum.RougeLsum / n);
            }
        }

        return sums;
    }

    /// <summary>The mean ROUGE-2 F1 of the summarizer over <paramref name="items"/>, averaged over <paramref name="lengths"/>.</summary>
    public static double Objective(IReadOnlyList<SummaryEvaluationItem> items, SummarizerWeights weights, IReadOnlyList<SummaryLength> lengths)
    {
        double sum = 0;
        foreach (var length in lengths)
        {
            foreach (var item in items)
            {
                var chosen = Summarizer.Select(item.Document, weights, length);
                var candidate = new List<int>();
                foreach (int i in chosen)
                {
                    candidate.AddRange(item.SentenceTokens[i]);
                }

                sum += Rouge.NGramF1([.. candidate], item.Reference, 2);
            }
        }

        return sum / Math.Max(1, items.Count * lengths.Count);
    }

    /// <summary>
    /// Tunes the weights by coordinate ascent over a fixed grid: starting from <paramref name="start"/>, each weight in
    /// turn takes the grid value that maximizes <see cref="Objective"/> with the others held, in rounds, until a round
    /// changes nothing (at most <paramref name="rounds"/>); then <paramref name="perturbations"/> seeded random moves of
    /// several weights at once, each kept when it scores higher. Ties keep the current value; the result is deterministic.
    /// The entity weight is not tuned: it only matters once linked entities with salience are present.
    /// </summary>
    public static SummarizerWeights Tune(
        IReadOnlyList<SummaryEvaluationItem> items,
        IReadOnlyList<SummaryLength> lengths,
        SummarizerWeights start,
        int rounds,
        int perturbations,
        TextWriter log)
    {
        var grid = new (string Name, double[] Values, Func<SummarizerWeights, double> Get, Func<SummarizerWeights, double, SummarizerWeights> Set)[]
        {
            ("Centrality", [0, 0.25, 0.5, 1, 1.5, 2, 3], w => w.Centrality, (w, v) => w with { Centrality = v }),
            ("OverlapCentrality", [0, 0.25, 0.5, 1, 1.5, 2, 3], w => w.OverlapCentrality, (w, v) => w with { OverlapCentrality = v }),
            ("Position", [0, 0.1, 0.25, 0.5, 1, 2], w => w.Position, (w, v) => w with { Position = v }),
            ("PositionDecay", [0.5, 1, 2, 4, 8, 16, 32], w => w.PositionDecay, (w, v) => w with { PositionDecay = v }),
            ("ParagraphLead", [0, 0.1, 0.25, 0.5, 1], w => w.ParagraphLead, (w, v) => w with { ParagraphLead = v }),
            ("QuotationPenalty", [0, 0.1, 0.25, 0.5, 1], w => w.QuotationPenalty, (w, v) => w with { QuotationPenalty = v }),
            ("TitleOverlap", [0, 0.1, 0.25, 0.5, 1, 2], w => w.TitleOverlap, (w, v) => w with { TitleOverlap = v }),
            ("Centroid", [0, 0.25, 0.5, 1, 2, 3], w => w.Centroid, (w, v) => w with { Centroid = v }),
            ("Frequency", [0, 0.25, 0.5, 1, 2, 3, 4], w => w.Frequency, (w, v) => w with { Frequency = v }),
            ("Length", [0, 0.25, 0.5, 1, 2, 3], w => w.Length, (w, v) => w with { Length = v }),
            ("LengthTarget", [10, 15, 20, 30, 40, 60], w => w.LengthTarget, (w, v) => w with { LengthTarget = v }),
            ("LengthExponent", [0, 0.25, 0.5, 0.75, 1, 1.5], w => w.LengthExponent, (w, v) => w with { LengthExponent = v }),
            ("Redundancy", [0, 0.1, 0.25, 0.5, 1, 2], w => w.Redundancy, (w, v) => w with { Redundancy = v }),
        };

        var best = start;
        double bestScore = Objective(items, best, lengths);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start: ROUGE-2 {bestScore * 100:0.00}  {Describe(best)}"));
        for (int round = 1; round <= rounds; round++)
        {
            bool changed = false;
            foreach (var (name, values, get, set) in grid)
            {
                foreach (double v in values)
                {
                    if (v == get(best))
                    {
                        continue;
                    }

                    var trial = set(best, v);
                    double score = Objective(items, trial, lengths);
                    if (score > bestScore + 1e-9)
                    {
                        best = trial;
                        bestScore = score;
                        changed = true;
                    }
                }

                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round} {name,-17} = {get(best),5:0.###}: ROUGE-2 {bestScore * 100:0.00}"));
            }

            if (!changed)
            {
                break;
            }
        }

        // Then a seeded random search around the optimum, since one weight at a time cannot move two that only pay together.
        var random = new Random(20041);
        for (int trial = 0; trial < perturbations; trial++)
        {
            var candidate = best;
            foreach (var (_, values, get, set) in grid)
            {
                if (random.NextDouble() < 0.5)
                {
                    double v = get(candidate);
                    double scaled = v == 0 ? values[Math.Min(1, values.Length - 1)] * random.NextDouble() : v * Math.Exp((random.NextDouble() - 0.5) * 1.4);
                    candidate = set(candidate, Math.Round(Math.Max(values[0], scaled), 3));
                }
            }

            double score = Objective(items, candidate, lengths);
            if (score > bestScore + 1e-9)
            {
                best = candidate;
                bestScore = score;
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"random {trial}: ROUGE-2 {bestScore * 100:0.00}  {Describe(best)}"));
            }
        }

        return best;
    }

    /// <summary>The weights as C# initializers, to paste into <see cref="SummarizerWeights"/>.</summary>
    public static string Describe(SummarizerWeights w) => string.Create(
        CultureInfo.InvariantCulture,
        $"Centrality = {w.Centrality}, OverlapCentrality = {w.OverlapCentrality}, Position = {w.Position}, PositionDecay = {w.PositionDecay}, TitleOverlap = {w.TitleOverlap}, ParagraphLead = {w.ParagraphLead}, QuotationPenalty = {w.QuotationPenalty}, EntitySalience = {w.EntitySalience}, Centroid = {w.Centroid}, Frequency = {w.Frequency}, Length = {w.Length}, LengthTarget = {w.LengthTarget}, LengthExponent = {w.LengthExponent}, Redundancy = {w.Redundancy}");
}
