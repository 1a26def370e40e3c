using System.CommandLine;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Training;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train oneline-breaks --data DIR --folder DIR --part K/N [--test-part K/N] --out MODEL.bin</c>: trains
/// the model of the line breaks a one-line document lost (<see cref="OneLineBreaks"/>) on the train pages of the data
/// sets (page id hash mod 5 in 2–4) and a part of the article folders, chooses its threshold on the dev pages (mod 5 = 1)
/// and the training part of the folders, and prints its decisions per threshold on each.
/// </summary>
internal static class TrainOneLineBreaksCommand
{
    /// <summary>A threshold above every probability: no break taken, the decisions before this model.</summary>
    private const double NoBreaks = 2;

    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "A data-set folder with ground-truth.json (or a folder of them); its texts with their lines. Repeatable." };
        var folders = new Option<string[]>("--folder") { Description = "A folder of .txt articles (in sub-folders as evaluate topics reads them); repeatable." };
        var part = new Option<string?>("--part") { Description = "Train on part K of N of each folder (K/N; default: all)." };
        var testPart = new Option<string?>("--test-part") { Description = "Also report on part K of N of each folder (K/N), not trained or chosen on." };
        var test = new Option<bool>("--test") { Description = "Also report on the test pages of the data sets (page id hash mod 5 = 0): once, at the end." };
        var output = new Option<string?>("--out") { Description = "Write the model here." };
        var threshold = new Option<double?>("--threshold") { Description = "Ship this threshold instead of the one this command chooses (e.g. one chosen with evaluate oneline on the dev pages)." };
        var command = new Command("oneline-breaks", "Train the model of the line breaks a one-line document lost, choose its threshold and report its decisions.")
        {
            data, folders, part, testPart, test, output, threshold,
        };
        command.SetAction(parse => Run(
            parse.GetValue(data) ?? [], parse.GetValue(folders) ?? [], parse.GetValue(part), parse.GetValue(testPart),
            parse.GetValue(test), parse.GetValue(output), parse.GetValue(threshold), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string[] data, string[] folders, string? part, string? testPart, bool test, string? output, double? fixedThreshold, TextWriter stdout, TextWriter stderr)
    {
        if (!EvaluateOneLineCommand.TryParsePart(part, out var trainPart) || !EvaluateOneLineCommand.TryParsePart(testPart, out var heldOut))
        {
            stderr.WriteLine("--part and --test-part must be K/N with N at least 2 and K from 0 to N-1 (e.g. 0/2).");
            return Program.UsageError;
        }

        var sets = data.SelectMany(StructurePages.FindDataSets).ToList();
        if (sets.Count + folders.Length == 0)
        {
            stderr.WriteLine("Give --data DIR (a data set with ground-truth.json, or a folder of them) or --folder DIR, or both.");
            return Program.UsageError;
        }

        List<string> trainTexts = [], folderTrain = [], folderTest = [];
        var dev = new List<(string Name, List<string> Texts)>();
        var tests = new List<(string Name, List<string> Texts)>();
        try
        {
            foreach (var set in sets)
            {
                string truth = Path.Combine(set, "ground-truth.json");
                trainTexts.AddRange(OneLineBreakTrainer.ReadTruth(truth, PagePart.Train).Select(t => t.Text));
                dev.Add((Path.GetFileName(set), [.. OneLineBreakTrainer.ReadTruth(truth, PagePart.Dev).Select(t => t.Text)]));
                if (test)
                {
                    tests.Add((Path.GetFileName(set), [.. OneLineBreakTrainer.ReadTruth(truth, PagePart.Test).Select(t => t.Text)]));
                }
            }

            foreach (var folder in folders)
            {
                List<LabeledText> texts = [.. TopicCorpus.ReadFolder(folder)];
                folderTrain.AddRange(EvaluateOneLineCommand.Select(texts, trainPart).Select(t => t.Text));
                if (heldOut is not null)
                {
                    folderTest.AddRange(EvaluateOneLineCommand.Select(texts, heldOut).Select(t => t.Text));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            stderr.WriteLine("error: " + e.Message);
            return Program.UsageError;
        }

        var (features, document, labels) = OneLineBreakTrainer.Examples(trainTexts.Concat(folderTrain));
        var (weights, bias, documentWeights) = OneLineBreakTrainer.Train(features, document, labels);
        var model = new OneLineBreaks(weights, bias, documentWeights, 0.5);
        stdout.WriteLine(Format($"Trained on {trainTexts.Count} data-set texts (train pages) and {folderTrain.Count} folder articles: {labels.Length} gaps, {labels.Count(l => l)} of them line breaks."));

        double[] thresholds = [NoBreaks, .. OneLineBreakTrainer.Thresholds];
        var devAll = dev.SelectMany(d => d.Texts).ToList();
        var devReports = OneLineBreakTrainer.Evaluate(devAll, model, thresholds);
        var folderReports = OneLineBreakTrainer.Evaluate(folderTrain, model, thresholds);

        // The threshold given, or the one that keeps the most texts within 10% on the dev pages and the training articles together.
        int best = 1;
        for (int k = 2; k < thresholds.Length; k++)
        {
            if (devReports[k].WithinTenPercent + folderReports[k].WithinTenPercent > devReports[best].WithinTenPercent + folderReports[best].WithinTenPercent)
            {
                best = k;
            }
        }

        double threshold = fixedThreshold ?? thresholds[best];
        stdout.WriteLine(Format($"Bias {bias:F3}; document weight (the pair repeated elsewhere) {string.Join(", ", documentWeights.Select(w => w.ToString("F3", CultureInfo.InvariantCulture)))}."));
        stdout.WriteLine(fixedThreshold is null
            ? Format($"Threshold chosen: {threshold:F2} (most texts within 10% on the dev pages and the folders' training part together, by this command's sentence count).")
            : Format($"Threshold given: {threshold:F2}."));
        Print(stdout, "dev pages, all sets", devReports);
        foreach (var (name, texts) in dev)
        {
            Print(stdout, "dev " + name, OneLineBreakTrainer.Evaluate(texts, model, [NoBreaks, threshold]));
        }

        Print(stdout, "folders, training part", folderReports);
        if (heldOut is not null)
        {
            Print(stdout, "folders, held-out part", OneLineBreakTrainer.Evaluate(folderTest, model, [NoBreaks, threshold]));
        }

        if (test)
        {
            Print(stdout, "test pages, all sets", OneLineBreakTrainer.Evaluate([.. tests.SelectMany(t => t.Texts)], model, [NoBreaks, threshold]));
            foreach (var (name, texts) in tests)
            {
                Print(stdout, "test " + name, OneLineBreakTrainer.Evaluate(texts, model, [NoBreaks, threshold]));
            }
        }

        if (output is not null)
        {
            using var stream = File.Create(output);
            new OneLineBreaks(weights, bias, documentWeights, threshold).Write(stream);
            stdout.WriteLine("Model written to " + output);
        }

        return Program.Success;
    }

    private static void Print(TextWriter stdout, string name, List<OneLineBreakReport> reports)
    {
        stdout.WriteLine(Format($"{name}: {reports[0].Texts} texts, {reports[0].Candidates} gaps, {reports[0].TrueBreaks} line breaks among them"));
        foreach (var r in reports)
        {
            string at = r.Threshold >= NoBreaks ? "no breaks" : r.Threshold.ToString("F2", CultureInfo.InvariantCulture);
            stdout.WriteLine(Format($"  {at,-9}  precision {r.Precision:F3}  recall {r.Recall:F3}  within 10% {r.WithinTenPercent} ({r.WithinTenPercent / (double)Math.Max(1, r.Texts):P1})  sentence ratio {r.Ratio:F3} ({r.Flat} / {r.Written})"));
        }
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
