using System.Text.Json;
using TextInsight.Text;

namespace TextInsight.Structure.Training;

/// <summary>How <see cref="OneLineBreaks"/> decided on a set of texts flattened to one line, at one threshold.</summary>
/// <param name="Threshold">The probability at which a gap is taken as a break.</param>
/// <param name="Texts">Texts read.</param>
/// <param name="Candidates">Gaps the model scored.</param>
/// <param name="TrueBreaks">Scored gaps where a line did end.</param>
/// <param name="Found">Scored gaps taken as breaks where a line did end.</param>
/// <param name="FalseBreaks">Scored gaps taken as breaks where no line ended.</param>
/// <param name="WithinTenPercent">
/// Texts whose one-line sentence count (the splitter's sentences, each cut at the breaks taken) is within 10% of the
/// count of the text with its lines (each line split alone).
/// </param>
/// <param name="Written">Sentences of the texts with their lines.</param>
/// <param name="Flat">Sentences of the one-line texts, cut at the breaks taken.</param>
internal sealed record OneLineBreakReport(
    double Threshold, int Texts, int Candidates, int TrueBreaks, int Found, int FalseBreaks, int WithinTenPercent, long Written, long Flat)
{
    /// <summary>Share of the breaks taken where a line did end.</summary>
    public double Precision => Found + FalseBreaks == 0 ? 0 : Found / (double)(Found + FalseBreaks);

    /// <summary>Share of the scored gaps where a line ended that were taken.</summary>
    public double Recall => TrueBreaks == 0 ? 0 : Found / (double)TrueBreaks;

    /// <summary>One-line sentences over written sentences, all texts together.</summary>
    public double Ratio => Written == 0 ? 0 : Flat / (double)Written;
}

/// <summary>
/// Trains <see cref="OneLineBreaks"/> on texts with their line breaks: each is flattened to one line as
/// <see cref="Evaluation.OneLineEvaluator.Flatten(string)"/> does, split into sentences, and every candidate gap inside a
/// sentence is an example, positive when a line ended there. Logistic regression by stochastic gradient descent
/// (AdaGrad steps, a small L2 penalty, a fixed shuffle): deterministic.
/// </summary>
internal static class OneLineBreakTrainer
{
    /// <summary>The thresholds a report is made at and the shipped one is chosen among.</summary>
    internal static readonly double[] Thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

    /// <summary>The non-empty <c>articleBody</c> texts of a ground-truth file whose page id falls in <paramref name="part"/>, in ordinal order of id.</summary>
    public static List<(string Id, string Text)> ReadTruth(string truthFile, PagePart part)
    {
        using var stream = File.OpenRead(truthFile);
        using var json = JsonDocument.Parse(stream);
        var texts = new List<(string Id, string Text)>();
        foreach (var page in json.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (StructurePages.InPart(page.Name, part) && page.Value.ValueKind == JsonValueKind.Object
                && page.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                && body.GetString() is { Length: > 0 } text)
            {
                texts.Add((page.Name, text));
            }
        }

        return texts;
    }

    /// <summary>
    /// <paramref name="text"/> on one line (as <see cref="Evaluation.OneLineEvaluator.Flatten(string)"/> writes it), and in
    /// <paramref name="breaks"/> the start of each word that began a unit of the text as written (a line, or the first of
    /// the lines of a hard-wrapped paragraph that <see cref="TextUnitReader"/> joins): where the written text's sentences
    /// are cut whatever their stops.
    /// </summary>
    public static string Flatten(string text, List<int> breaks)
    {
        var unitStarts = new HashSet<int>();
        if (HasLines(text))
        {
            foreach (var unit in TextUnitReader.Read(text))
            {
                unitStarts.Add(unit.Start);
            }
        }

        return Evaluation.OneLineEvaluator.Flatten(text, unitStarts, breaks);
    }

    /// <summary>The examples of <paramref name="texts"/>: each candidate gap's features and whether a line ended there.</summary>
    public static (int[] Features, int[] Document, bool[] Labels) Examples(IEnumerable<string> texts)
    {
        var features = new List<int>();
        var document = new List<int>();
        var labels = new List<bool>();
        foreach (var text in texts)
        {
            foreach (var gap in Gaps(text, out _))
            {
                features.AddRange(gap.Features);
                document.Add(gap.Document);
                labels.Add(gap.Line);
            }
        }

        return ([.. features], [.. document], [.. labels]);
    }

    /// <summary>
    /// The candidate gaps of <paramref name="text"/> flattened, as the model reads them (<see cref="OneLineBreaks.Find(string, List{TextSpan}, List{int})"/>):
    /// each one's hashed features, document features and whether a line of the written text began there; and the number of
    /// the flat text's sentences.
    /// </summary>
    private static List<(int[] Features, int Document, bool Line)> Gaps(string text, out int sentenceCount)
    {
        var breaks = new List<int>();
        string flat = Flatten(text, breaks);
        var lineStarts = breaks.ToHashSet();
        int[]? scratch = null;
        OneLineBreaks.WordFacts[]? factScratch = null;
        var sentences = new List<TextSpan>();
        SentenceSplitter.Uncapped.Split(flat, 0, sentences);
        int prose = OneLineBreaks.ProseBucket(sentences);
        var gaps = new List<(int[] Features, int Document, bool Line)>();
        foreach (var sentence in sentences)
        {
            var words = OneLineBreaks.ReadWords(flat, sentence, ref scratch);
            var facts = OneLineBreaks.ClearFacts(words.Length / 2, ref factScratch);
            for (int i = 1; i < words.Length / 2; i++)
            {
                if (OneLineBreaks.IsCandidate(flat, words, i))
                {
                    var f = new int[OneLineBreaks.FeatureCount];
                    OneLineBreaks.Featurize(flat, words, facts, i, prose, f);
                    gaps.Add((f, OneLineBreaks.DocumentFeatures(flat, words, i), lineStarts.Contains(words[2 * i])));
                }
            }
        }

        sentenceCount = sentences.Count;
        return gaps;
    }

    /// <summary>Fits the weights and bias on the examples; the threshold is the caller's.</summary>
    public static (float[] Weights, float Bias, float[] DocumentWeights) Train(int[] features, int[] document, bool[] labels, int epochs = 6, double rate = 0.2, double l2 = 1e-6)
    {
        int width = OneLineBreaks.FeatureCount;
        var w = new double[1 << OneLineBreaks.HashBits];
        var g2 = new double[w.Length];
        double bias = 0, biasG2 = 0;
        var dw = new double[OneLineBreaks.DocumentFeatureCount];
        var dwG2 = new double[dw.Length];
        var order = Enumerable.Range(0, labels.Length).ToArray();
        var random = new Random(17);
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int e in order)
            {
                var x = features.AsSpan(e * width, width);
                double z = bias;
                for (int k = 0; k < dw.Length; k++)
                {
                    z += (document[e] >> k & 1) != 0 ? dw[k] : 0;
                }

                foreach (int k in x)
                {
                    z += w[k];
                }

                double p = 1 / (1 + Math.Exp(-z));
                double g = p - (labels[e] ? 1 : 0);
                biasG2 += g * g;
                bias -= rate * g / Math.Sqrt(biasG2 + 1e-8);
                for (int k = 0; k < dw.Length; k++)
                {
                    if ((document[e] >> k & 1) != 0)
                    {
                        dwG2[k] += g * g;
                        dw[k] -= rate * g / Math.Sqrt(dwG2[k] + 1e-8);
                    }
                }

                foreach (int k in x)
                {
                    double gk = g + l2 * w[k];
                    g2[k] += gk * gk;
                    w[k] -= rate * gk / Math.Sqrt(g2[k] + 1e-8);
                }
            }
        }

        return ([.. w.Select(v => (float)v)], (float)bias, [.. dw.Select(v => (float)v)]);
    }

    /// <summary>
    /// Whether the text has two lines or more that are not blank (a text of one line would be read through the one-line
    /// path, whose breaks are this model's own: the data must not depend on the model embedded).
    /// </summary>
    private static bool HasLines(string text) => text.AsSpan().Trim().IndexOfAny('\n', '\r') >= 0;

    /// <summary>
    /// The sentences of <paramref name="text"/> as written: those of each of its units (<see cref="TextUnitReader"/>),
    /// or of the whole text when it has no line break.
    /// </summary>
    private static int WrittenSentences(string text)
    {
        if (!HasLines(text))
        {
            return SentenceSplitter.Uncapped.Split(text).Count;
        }

        var sentences = new List<TextSpan>();
        foreach (var unit in TextUnitReader.Read(text))
        {
            SentenceSplitter.Uncapped.Split(text.AsSpan(unit.Start, unit.End - unit.Start), unit.Start, sentences);
        }

        return sentences.Count;
    }

    /// <summary>How the model decides on <paramref name="texts"/> at each of <paramref name="thresholds"/>.</summary>
    public static List<OneLineBreakReport> Evaluate(IReadOnlyList<string> texts, OneLineBreaks model, IReadOnlyList<double> thresholds)
    {
        var reports = new List<OneLineBreakReport>();
        var perText = new List<(int Written, int Sentences, List<(double Score, bool Line)> Gaps)>();
        foreach (var text in texts)
        {
            int written = WrittenSentences(text);
            var gaps = new List<(double, bool)>();
            var candidates = Gaps(text, out int sentenceCount);
            foreach (var gap in candidates)
            {
                double z = model.Bias + model.DocumentScore(gap.Document);
                foreach (int k in gap.Features)
                {
                    z += model.Weights[k];
                }

                gaps.Add((1 / (1 + Math.Exp(-z)), gap.Line));
            }

            perText.Add((written, sentenceCount, gaps));
        }

        foreach (double threshold in thresholds)
        {
            int candidates = 0, trueBreaks = 0, found = 0, falseBreaks = 0, within = 0;
            long allWritten = 0, allFlat = 0;
            foreach (var (written, count, gaps) in perText)
            {
                int flat = count;
                foreach (var (score, line) in gaps)
                {
                    candidates++;
                    trueBreaks += line ? 1 : 0;
                    if (score >= threshold)
                    {
                        flat++;
                        found += line ? 1 : 0;
                        falseBreaks += line ? 0 : 1;
                    }
                }

                within += Math.Abs(flat - written) * 10 <= written ? 1 : 0;
                allWritten += written;
                allFlat += flat;
            }

            reports.Add(new OneLineBreakReport(threshold, texts.Count, candidates, trueBreaks, found, falseBreaks, within, allWritten, allFlat));
        }

        return reports;
    }
}
