using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TextInsight.Summaries;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train summaries</c>: trains the summarizer's sentence scorer on articles with extractive reference
/// summaries (a body sentence found in its reference is a positive example). Deterministic: the same data and options
/// give the same file, byte for byte.
/// </summary>
internal static class TrainSummariesCommand
{
    public static Command Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var articles = new Option<DirectoryInfo>("--articles") { Description = "Folder of articles (line 1 = title, then paragraphs), searched recursively for .txt files.", Required = true };
        var summaries = new Option<DirectoryInfo>("--summaries") { Description = "Folder of extractive reference summaries at the same relative paths.", Required = true };
        var output = new Option<string>("--out") { Description = "The model file to write (.bin).", Required = true };
        var training = new SummaryTrainingOptions();
        var command = new Command("summaries", "Train the summarizer's sentence scorer from articles and extractive reference summaries.") { articles, summaries, output };
        training.AddTo(command);
        command.SetAction(parse =>
        {
            var error = console.Error;
            var articleDir = parse.GetValue(articles)!;
            var summaryDir = parse.GetValue(summaries)!;
            if (!articleDir.Exists || !summaryDir.Exists)
            {
                error.WriteLine($"Not found: {(articleDir.Exists ? summaryDir.FullName : articleDir.FullName)}");
                return Program.UsageError;
            }

            double l2;
            double exponent;
            int trees;
            int depth;
            try
            {
                (l2, exponent, trees, depth) = training.Read(parse);
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                return Program.UsageError;
            }

            if (!(l2 >= 0) || !double.IsFinite(exponent))
            {
                error.WriteLine("--l2 must be zero or positive and --length-exponent finite.");
                return Program.UsageError;
            }

            var items = EvaluateSummariesCommand.Load(articleDir.FullName, summaryDir.FullName, error);
            if (items.Count == 0)
            {
                error.WriteLine("No article with a reference summary was found.");
                return Program.SomeFailed;
            }

            var watch = Stopwatch.StartNew();
            var model = SummaryModelTrainer.Train(items, l2, exponent, trees, depth, error);
            var elapsed = watch.Elapsed;
            string path = parse.GetValue(output)!;
            try
            {
                model.Save(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine(e.Message);
                return Program.SomeFailed;
            }

            using var stdout = new StreamWriter(console.Out, new System.Text.UTF8Encoding(false), 1 << 10, leaveOpen: true);
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Trained on {items.Count} documents in {elapsed.TotalSeconds:0.0} s (L2 {l2}, length exponent {exponent}, {trees} trees of depth {depth}); wrote {path} ({new FileInfo(path).Length} bytes)."));
            return Program.Success;
        });
        return command;
    }
}
