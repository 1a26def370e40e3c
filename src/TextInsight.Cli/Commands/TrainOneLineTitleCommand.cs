using System.CommandLine;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Training;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train oneline-title --folder DIR --part K/N [--test-part K/N]</c>: trains the model that finds a
/// headline glued to the first sentence of a one-line document, on articles whose first line is their headline, and
/// prints its weights (to be written into <c>OneLineHeadline.Weights</c>) and its decisions at several thresholds.
/// </summary>
internal static class TrainOneLineTitleCommand
{
    private static readonly double[] Thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

    public static Command Create()
    {
        var folders = new Option<string[]>("--folder") { Description = "A folder of articles whose first line is the headline (.txt, in sub-folders as evaluate topics reads them); repeatable.", Required = true };
        var part = new Option<string?>("--part") { Description = "Train on part K of N of each folder (K/N; default: all)." };
        var testPart = new Option<string?>("--test-part") { Description = "Also score on part K of N of each folder (K/N), not trained on." };
        var list = new Option<int>("--list") { Description = "List this many held-out articles decided wrongly at the shipped threshold, with each candidate's score and features (with --test-part)." };
        var command = new Command("oneline-title", "Train the headline finder of one-line documents and print its weights.") { folders, part, testPart, list };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (!EvaluateOneLineCommand.TryParsePart(parse.GetValue(part), out var trainPart) || !EvaluateOneLineCommand.TryParsePart(parse.GetValue(testPart), out var heldOut))
            {
                stderr.WriteLine("--part and --test-part must be K/N with N at least 2 and K from 0 to N-1 (e.g. 0/2).");
                return Program.UsageError;
            }

            List<string> train = [], test = [];
            try
            {
                foreach (var folder in parse.GetValue(folders) ?? [])
                {
                    List<LabeledText> texts = [.. TopicCorpus.ReadFolder(folder)];
                    train.AddRange(EvaluateOneLineCommand.Select(texts, trainPart).Select(t => t.Text));
                    if (heldOut is not null)
                    {
                        test.AddRange(EvaluateOneLineCommand.Select(texts, heldOut).Select(t => t.Text));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine("error: " + e.Message);
                return Program.UsageError;
            }

            var weights = OneLineHeadlineTrainer.Train(train);
            stdout.WriteLine(Format($"Trained on {train.Count} articles (each with and without its headline)."));
            stdout.WriteLine("Weights (bias, then the features of OneLineHeadline.Features):");
            stdout.WriteLine("[" + string.Join(", ", weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))) + "]");
            foreach (var threshold in Thresholds)
            {
                Print(stdout, "train", threshold, OneLineHeadlineTrainer.Evaluate(train, weights, threshold));
                if (heldOut is not null)
                {
                    Print(stdout, "test", threshold, OneLineHeadlineTrainer.Evaluate(test, weights, threshold));
                }
            }

            foreach (var line in OneLineHeadlineTrainer.Mistakes(test, weights, OneLineHeadline.Threshold).Take(parse.GetValue(list)))
            {
                stdout.WriteLine(line);
            }

            return Program.Success;
        });
        return command;
    }

    private static void Print(TextWriter stdout, string name, double threshold, OneLineHeadlineReport r) =>
        stdout.WriteLine(Format($"{name,-5} threshold {threshold:F2}: with headline right {r.Right}, missed {r.Missed}, cut wrongly {r.Wrong} of {r.Right + r.Missed + r.Wrong}; without headline cut falsely {r.FalseCuts}; right - 2 x (wrong + false) = {r.Right - 2 * (r.Wrong + r.FalseCuts)}"));

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
