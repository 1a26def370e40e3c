using System.CommandLine;
using TextInsight.Structure.Html;
using TextInsight.Training.Extraction;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train extraction --data DIR... --out MODEL.bin</c>: trains the learned block scorer of HTML extraction
/// on the first half of every dataset (the half <c>evaluate extraction --half first</c> scores); the second half stays
/// for reporting. Deterministic.
/// </summary>
internal static class TrainExtractionCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo[]>("--data")
        {
            Description = "A dataset folder (ground-truth.json and html/) or a folder of such datasets; repeatable.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write (.bin).", Required = true };
        var part = new Option<string>("--part") { Description = "Pages of the first half to train on: all, a or b (split by the next bit of the page-id hash, to score on the other part).", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("all", "a", "b");
        var epochs = new Option<int>("--epochs") { Description = "Passes over the rows.", DefaultValueFactory = _ => 8 };
        var drop = new Option<double>("--drop-threshold") { Description = "Lowest probability at which a block the heuristic extractor kept stays (0: the scorer only adds).", DefaultValueFactory = _ => 0.0 };
        var add = new Option<double>("--add-threshold") { Description = "Lowest probability at which a block the heuristic extractor left out joins.", DefaultValueFactory = _ => 0.7 };
        var l2 = new Option<double>("--l2") { Description = "L2 penalty of the weights.", DefaultValueFactory = _ => 1e-6 };
        var command = new Command("extraction", "Train the learned block scorer of HTML extraction on the first half of every dataset.")
        {
            data, output, part, epochs, drop, add, l2,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(data),
            parse.GetRequiredValue(output),
            parse.GetValue(part)!,
            new ExtractionBlockTrainer.Options(Epochs: parse.GetValue(epochs), L2: parse.GetValue(l2), DropThreshold: parse.GetValue(drop), AddThreshold: parse.GetValue(add)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(DirectoryInfo[] data, FileInfo output, string part, ExtractionBlockTrainer.Options options, TextWriter stdout, TextWriter stderr)
    {
        var sets = new List<(string Name, List<(string Id, string Html, string Truth)> Pages)>();
        foreach (var dir in data)
        {
            if (!dir.Exists)
            {
                stderr.WriteLine($"{dir.FullName}: not_found: no such folder.");
                return 2;
            }

            var found = ExtractionBenchmark.FindDatasets(dir.FullName);
            if (found.Count == 0)
            {
                stderr.WriteLine($"{dir.FullName}: no_dataset: neither it nor any folder in it holds a ground-truth.json beside an html/ folder.");
                return 2;
            }

            foreach (var (name, html, truth) in found)
            {
                var pages = ExtractionBenchmark.Load(html, truth).FindAll(p =>
                    ExtractionBenchmark.IsFirstHalf(p.Id) && (part == "all" || ExtractionBenchmark.IsPartA(p.Id) == (part == "a")));
                sets.Add((name, pages));
            }
        }

        var model = ExtractionBlockTrainer.Train(sets, options, stdout);
        using (var stream = File.Create(output.FullName))
        {
            model.Write(stream);
        }

        stdout.WriteLine($"wrote {output.FullName}");
        return 0;
    }
}
