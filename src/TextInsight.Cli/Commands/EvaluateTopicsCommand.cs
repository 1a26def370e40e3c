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
        var model = new Option<string?>("--model") { Description = "The model to evaluate (default: the built-in model)." };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate training from scratch with this many folds (deduplicated, stratified, fixed seed) instead of evaluating a model." };
        var command = new Command("topics", "Evaluate topics: accuracy, macro-F1, per-label precision and recall, confusion matrix.") { model, folds };
        data.AddTo(command);
        learner.AddTo(command);
        command.SetAction(parse =>
        {
            using var stdout = new StreamWriter(console.Out, leaveOpen: true);
            var stderr = console.Error;
            try
            {
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
                    classifier.Predict(examples[0].Text);
                    using var process = Process.GetCurrentProcess();
                    var cpuBefore = process.TotalProcessorTime;
                    var stopwatch = Stopwatch.StartNew();
                    var evaluation = classifier.Evaluate(examples);
                    var seconds = stopwatch.Elapsed.TotalSeconds;
                    process.Refresh();
                    var cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
                    stdout.WriteLine($"Model: {path ?? "built-in " + TopicClassifier.DefaultModelResource}; {classifier.Description}");
                    stdout.WriteLine(Format($"Scored {examples.Count} texts on one thread in {seconds:F2} s wall, {cpuSeconds:F2} s CPU ({examples.Count / seconds:F0} texts/s wall, {examples.Count / cpuSeconds:F0} per CPU second; after one warm-up prediction)"));
                    Write(stdout, evaluation);
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
