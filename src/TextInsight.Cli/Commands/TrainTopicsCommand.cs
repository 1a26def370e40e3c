using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using TextInsight.Topics;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight train topics</c>: trains a topic model from a CSV file or a folder of labeled sub-folders.</summary>
internal static class TrainTopicsCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new TopicDataOptions();
        var learner = new TopicLearnerOptions();
        var selfTraining = new TopicSelfTraining();
        var output = new Option<string>("--out") { Description = "The model file to write (for example topics.bin; the ML.NET learners write a zip archive).", Required = true };
        var command = new Command("topics", "Train a topic model from a CSV file (--csv) or a folder with one sub-folder per label (--folder).") { output };
        data.AddTo(command);
        learner.AddTo(command);
        selfTraining.AddTo(command);
        command.SetAction(parse =>
        {
            using var stdout = new StreamWriter(console.Out, leaveOpen: true);
            var stderr = console.Error;
            try
            {
                var examples = data.Read(parse);
                var options = learner.Read(parse, examples, data.Folders(parse));
                examples = selfTraining.Extend(parse, examples, options, new HashSet<string>(StringComparer.Ordinal), stderr);
                stderr.WriteLine($"Training on {examples.Count} texts ({options})...");
                using var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var classifier = TopicClassifier.Train(examples, options);
                var elapsed = stopwatch.Elapsed;
                process.Refresh();
                var cpu = process.TotalProcessorTime - cpuBefore;
                var path = parse.GetValue(output)!;
                classifier.Save(path);
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Trained {string.Join(", ", classifier.Labels)} on {examples.Count} texts in {elapsed.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s CPU); wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F2} MB)."));
                return Program.Success;
            }
            catch (Exception e) when (IsUsageError(e))
            {
                stderr.WriteLine("error: " + e.Message);
                return Program.UsageError;
            }
        });
        return command;
    }

    /// <summary>Errors the user can fix by changing the command or the data: reported as a message with exit code 2.</summary>
    internal static bool IsUsageError(Exception e) =>
        e is TopicTrainingDataException or InvalidDataException or FileNotFoundException or DirectoryNotFoundException
            or ArgumentException or CsvFormatException or UnauthorizedAccessException;
}
