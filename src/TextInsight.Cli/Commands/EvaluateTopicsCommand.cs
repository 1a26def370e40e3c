using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight evaluate topics</c>: scores a topic model on labeled texts, or cross-validates training on them.</summary>
internal static class EvaluateTopicsCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new TopicDataOptions();
        var learner = new TopicLearnerOptions();
        var selfTraining = new TopicSelfTraining();
        var model = new Option<string?>("--model") { Description = "The model to evaluate (default: the built-in model)." };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate training from scratch with this many folds (deduplicated, stratified, fixed seed) instead of evaluating a model." };
        var trainFolders = new Option<string[]>("--train-folder") { Description = "Train a new model on this folder of labeled sub-folders (repeat to add folders) and score it on --test-folder: transfer from one corpus to another." };
        var testFolders = new Option<string[]>("--test-folder") { Description = "Score on this folder of labeled sub-folders (repeat to add folders); texts also in the training folders are left out of training." };
        var trainPart = new Option<string[]>("--train-part") { Description = "Train on part K of N of a --train-folder's texts (K/N, e.g. 0/2: a fixed stratified share; K,L/N for several parts, e.g. 1,3/4; 'all' for the whole folder); one for each --train-folder, in order, or one for all." };
        var testPart = new Option<string[]>("--test-part") { Description = "Score on part K of N of a --test-folder's texts (K/N, K,L/N or 'all'); one for each --test-folder, in order, or one for all." };
        var errors = new Option<bool>("--errors") { Description = "List the texts read wrongly: source, gold label, predicted label and its score, first line." };
        var explain = new Option<int>("--explain") { Description = "With --errors: also list, for each text read wrongly, this many words and word pairs that pushed it most from its gold label to the predicted one (linear models)." };
        var command = new Command("topics", "Evaluate topics: accuracy, macro-F1, per-label precision and recall, confusion matrix.") { model, folds, trainFolders, testFolders, trainPart, testPart, errors, explain };
        data.AddTo(command);
        learner.AddTo(command);
        selfTraining.AddTo(command);
        command.SetAction(parse =>
        {
            using var stdout = new StreamWriter(console.Out, leaveOpen: true);
            var stderr = console.Error;
            try
            {
                var trainFrom = parse.GetValue(trainFolders) ?? [];
                var testFrom = parse.GetValue(testFolders) ?? [];
                if (trainFrom.Length > 0 || testFrom.Length > 0)
                {
                    if (data.IsGiven(parse) || parse.GetValue(folds) is not null)
                    {
                        throw new ArgumentException("--train-folder/--test-folder cannot be combined with --csv, --folder or --folds.");
                    }

                    if (testFrom.Length == 0)
                    {
                        throw new ArgumentException("--train-folder needs --test-folder: the texts to score the new model on.");
                    }

                    var testParts = parse.GetValue(testPart) ?? [];
                    var testTexts = ReadParts(testFrom, testParts, "--test-folder", "--test-part", balance: false, weights: null);
                    var path = parse.GetValue(model);
                    if (trainFrom.Length == 0)
                    {
                        var existing = path is null ? TopicClassifier.Default : TopicClassifier.Load(path);
                        Score(stdout, existing, $"{path ?? "built-in " + TopicClassifier.DefaultModelResource}; {existing.Description}", testTexts, parse.GetValue(errors), parse.GetValue(explain));
                        return Program.Success;
                    }

                    if (path is not null)
                    {
                        throw new ArgumentException("--train-folder trains a new model, so it cannot be combined with --model.");
                    }

                    var trainParts = parse.GetValue(trainPart) ?? [];
                    var trainTexts = ReadParts(trainFrom, trainParts, "--train-folder", "--train-part", data.BalanceFolders(parse), data.FolderWeights(parse, trainFrom.Length));
                    var tested = new HashSet<string>(testTexts.Select(t => t.Text), StringComparer.Ordinal);
                    var kept = trainTexts.Where(t => !tested.Contains(t.Text)).ToList();
                    var options = learner.Read(parse, kept, trainFrom);
                    var extended = selfTraining.Extend(parse, kept, options, tested, stdout);
                    stderr.WriteLine($"Training on {kept.Count} texts ({options})...");
                    using var process = Process.GetCurrentProcess();
                    var cpuBefore = process.TotalProcessorTime;
                    var trained = TopicClassifier.Train(extended, options);
                    process.Refresh();
                    var cpu = process.TotalProcessorTime - cpuBefore;
                    stdout.WriteLine(Format($"Trained on {kept.Count} texts of {Describe(trainFrom, trainParts)} ({trainTexts.Count - kept.Count} left out: also in the test set) in {cpu.TotalSeconds:F1} s CPU"));
                    stdout.WriteLine(Format($"Tested on {testTexts.Count} texts of {Describe(testFrom, testParts)}"));
                    Score(stdout, trained, "trained here; " + trained.Description, testTexts, parse.GetValue(errors), parse.GetValue(explain));
                    return Program.Success;
                }

                var examples = data.Read(parse);
                if (examples.Count == 0)
                {
                    throw new InvalidDataException("There are no texts to evaluate.");
                }

                if (parse.GetValue(folds) is { } k)
                {
                    if (parse.GetValue(model) is not null)
                    {
                        throw new ArgumentException("--folds trains new models, so it cannot be combined with --model.");
                    }

                    if (k < 2)
                    {
                        throw new ArgumentException($"--folds must be 2 or more; got {k}.");
                    }

                    var options = learner.Read(parse);
                    stderr.WriteLine($"Cross-validating {k} folds over {examples.Count} texts ({options})...");
                    var result = TopicClassifier.CrossValidate(examples, k, options);
                    stdout.WriteLine($"Cross-validation: {k} folds, {result.Evaluation.Count} distinct texts ({result.DuplicatesRemoved} duplicates removed); {result.Options}");
                    stdout.WriteLine(Format($"Fold accuracies: {string.Join(" ", result.FoldAccuracies.Select(a => a.ToString("F4", CultureInfo.InvariantCulture)))}"));
                    stdout.WriteLine(Format($"Mean training time per fold: {result.MeanTrainingTime.TotalSeconds:F1} s wall, {result.MeanTrainingCpuTime.TotalSeconds:F1} s CPU"));
                    Write(stdout, result.Evaluation);
                }
                else
                {
                    var path = parse.GetValue(model);
                    var classifier = path is null ? TopicClassifier.Default : TopicClassifier.Load(path);
                    Score(stdout, classifier, $"{path ?? "built-in " + TopicClassifier.DefaultModelResource}; {classifier.Description}", examples, parse.GetValue(errors), parse.GetValue(explain));
                }

                return Program.Success;
            }
            catch (Exception e) when (TrainTopicsCommand.IsUsageError(e))
            {
                stderr.WriteLine("error: " + e.Message);
                return Program.UsageError;
            }
        });
        return command;
    }

    private static void Score(TextWriter stdout, TopicClassifier classifier, string description, IReadOnlyList<LabeledText> examples, bool listErrors, int explain = 0)
    {
        if (examples.Count == 0)
        {
            throw new InvalidDataException("There are no texts to evaluate.");
        }

        classifier.Predict(examples[0].Text);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var evaluation = classifier.Evaluate(examples);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = Math.Max((process.TotalProcessorTime - cpuBefore).TotalSeconds, 1e-3);
        stdout.WriteLine($"Model: {description}");
        stdout.WriteLine(Format($"Scored {examples.Count} texts on one thread in {seconds:F2} s wall, {cpuSeconds:F2} s CPU ({examples.Count / seconds:F0} texts/s wall, {examples.Count / cpuSeconds:F0} per CPU second; after one warm-up prediction)"));
        Write(stdout, evaluation);
        WriteCalibration(stdout, classifier, examples);
        if (listErrors)
        {
            WriteErrors(stdout, classifier, examples, explain);
        }
    }

    private static void WriteErrors(TextWriter stdout, TopicClassifier classifier, IReadOnlyList<LabeledText> examples, int explain)
    {
        stdout.WriteLine();
        stdout.WriteLine("Read wrongly (source, gold -> predicted score, first line):");
        foreach (var example in examples)
        {
            var top = classifier.Predict(example.Text, 1)[0];
            if (top.Label != example.Label)
            {
                var firstLine = example.Text.AsSpan().TrimStart();
                var end = firstLine.IndexOfAny('\r', '\n');
                firstLine = end >= 0 ? firstLine[..end] : firstLine;
                stdout.WriteLine(Format($"{example.Source}  {example.Label} -> {top.Label} {top.Score:F2}  {firstLine[..Math.Min(firstLine.Length, 100)].ToString()}"));
                if (explain > 0)
                {
                    var reasons = classifier.Explain(example.Text, example.Label, top.Label, explain);
                    stdout.WriteLine("    " + string.Join(", ", reasons.Select(r => Format($"{r.Feature} {r.Contribution:+0.00;-0.00}"))));
                }
            }
        }
    }

    /// <summary>How far the scores can be trusted: the mean log loss of the gold label, the mean top score beside the
    /// accuracy, and the expected calibration error (10 equal-width bins of the top score).</summary>
    private static void WriteCalibration(TextWriter stdout, TopicClassifier classifier, IReadOnlyList<LabeledText> examples)
    {
        const int Bins = 10;
        var binCount = new int[Bins];
        var binConfidence = new double[Bins];
        var binCorrect = new double[Bins];
        double logLoss = 0, confidence = 0;
        foreach (var example in examples)
        {
            var scores = classifier.Predict(example.Text);
            var gold = scores.FirstOrDefault(s => s.Label == example.Label).Score;
            logLoss -= Math.Log(Math.Max(gold, 1e-12));
            var top = scores[0];
            confidence += top.Score;
            var bin = Math.Min(Bins - 1, (int)(top.Score * Bins));
            binCount[bin]++;
            binConfidence[bin] += top.Score;
            binCorrect[bin] += top.Label == example.Label ? 1 : 0;
        }

        var error = 0.0;
        for (var bin = 0; bin < Bins; bin++)
        {
            error += Math.Abs(binConfidence[bin] - binCorrect[bin]);
        }

        stdout.WriteLine();
        stdout.WriteLine(Format($"Calibration: log loss {logLoss / examples.Count:F4}, mean top score {confidence / examples.Count:F4}, expected calibration error {error / examples.Count:F4}"));
    }

    /// <summary>Reads each folder and keeps its part: parts pair with folders in order, or one part applies to every folder.</summary>
    private static List<LabeledText> ReadParts(string[] folders, string[] parts, string folderOption, string partOption, bool balance, double[]? weights)
    {
        if (parts.Length > 1 && parts.Length != folders.Length)
        {
            throw new ArgumentException($"Give one {partOption} for all folders or one for each {folderOption}; got {parts.Length} for {folders.Length} folders.");
        }

        var read = new List<(string, IReadOnlyList<LabeledText>)>();
        for (var i = 0; i < folders.Length; i++)
        {
            // A part is chosen from the folder's own sources (relative paths), so it is the same whatever else is read.
            read.Add((folders[i], Part(TopicDataOptions.ReadFolders([folders[i]]), parts.Length == 0 ? null : parts[Math.Min(i, parts.Length - 1)], partOption)));
        }

        return TopicDataOptions.Combine(read, balance, weights);
    }

    private static string Describe(string[] folders, string[] parts)
    {
        var described = new List<string>();
        for (var i = 0; i < folders.Length; i++)
        {
            var part = parts.Length == 0 ? "all" : parts[Math.Min(i, parts.Length - 1)];
            described.Add(part == "all" ? folders[i] : $"{folders[i]} part {part}");
        }

        return string.Join(", ", described);
    }

    /// <summary>Applies a part option: K/N keeps part K of N, K,L,…/N keeps the union of those parts (e.g. 1,2,3,4/5: all
    /// but part 0), 'all' or none keeps every text.</summary>
    private static List<LabeledText> Part(List<LabeledText> texts, string? part, string option)
    {
        if (part is null or "all")
        {
            return texts;
        }

        var pieces = part.Split('/');
        if (pieces.Length != 2 || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 2)
        {
            throw new ArgumentException($"{option} must be K/N or K,L,.../N with N at least 2 and each K from 0 to N-1 (e.g. 0/2, 1,3/4); got '{part}'.");
        }

        var kept = new List<LabeledText>();
        var chosen = new HashSet<int>();
        foreach (var piece in pieces[0].Split(','))
        {
            if (!int.TryParse(piece, NumberStyles.None, CultureInfo.InvariantCulture, out var k) || k >= n || !chosen.Add(k))
            {
                throw new ArgumentException($"{option} must be K/N or K,L,.../N with N at least 2 and each K from 0 to N-1 (e.g. 0/2, 1,3/4); got '{part}'.");
            }

            kept.AddRange(TopicCorpus.SelectPart(texts, k, n));
        }

        return kept;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Write(TextWriter output, TopicEvaluation evaluation)
    {
        output.WriteLine(Format($"Texts: {evaluation.Count}  Accuracy: {evaluation.Accuracy:F4}  Macro-F1: {evaluation.MacroF1:F4}"));
        var width = Math.Max(8, evaluation.Labels.Max(label => label.Length));
        output.WriteLine();
        output.WriteLine($"{"label".PadRight(width)}  precision  recall      f1  support");
        foreach (var metrics in evaluation.PerLabel)
        {
            output.WriteLine(Format($"{metrics.Label.PadRight(width)}  {metrics.Precision,9:F4}  {metrics.Recall,6:F4}  {metrics.F1,6:F4}  {metrics.Support,7}"));
        }

        output.WriteLine();
        output.WriteLine("Confusion matrix (rows: gold, columns: predicted):");
        output.WriteLine(string.Empty.PadRight(width) + string.Concat(evaluation.Labels.Select(label => "  " + label.PadLeft(width))));
        for (var gold = 0; gold < evaluation.Labels.Count; gold++)
        {
            var row = evaluation.Labels[gold].PadRight(width);
            for (var predicted = 0; predicted < evaluation.Labels.Count; predicted++)
            {
                row += "  " + evaluation.Confusion(gold, predicted).ToString(CultureInfo.InvariantCulture).PadLeft(width);
            }

            output.WriteLine(row);
        }
    }
}
