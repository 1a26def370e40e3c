using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TextInsight.Structure;
using TextInsight.Structure.Training;

namespace TextInsight.Cli.Commands;

/// <summary>
/// <c>textinsight train structure --data DIR... --out MODEL.bin</c>: trains the plain-text structure model from web pages
/// with their true main text, rendered to plain text in several ways. Deterministic.
/// </summary>
internal static class TrainStructureCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo[]>("--data")
        {
            Description = "A data-set folder (html/ beside ground-truth.json) or a folder of them; repeatable.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write (.bin).", Required = true };
        var part = PartOption("train-dev");
        var trees = new Option<int>("--trees") { Description = "Trees per pass.", DefaultValueFactory = _ => 80 };
        var depth = new Option<int>("--depth") { Description = "Depth of the trees.", DefaultValueFactory = _ => 4 };
        var threshold = new Option<double>("--title-threshold") { Description = "Lowest headline probability the parser takes.", DefaultValueFactory = _ => 0.2 };
        var titleTrees = new Option<int>("--title-trees") { Description = "Trees of the headline pass.", DefaultValueFactory = _ => 60 };
        var titleDepth = new Option<int>("--title-depth") { Description = "Depth of the headline pass's trees (default: --depth)." };
        var titleRate = new Option<double>("--title-learning-rate") { Description = "Learning rate of the headline pass (default: that of the other passes, 0.2)." };
        var renderings = new Option<DirectoryInfo[]>("--renderings")
        {
            Description = "Also train on another renderer's texts of the same pages: folders with region/<id>.txt and page/<id>.txt (as evaluate structure --renderings reads); repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var bodyOnly = new Option<bool>("--renderings-body-only") { Description = "Train only the body passes on the --renderings texts; the headline pass learns from the own renderings alone." };
        var chooserOnly = new Option<bool>("--renderings-chooser-only") { Description = "Train only the title chooser on the --renderings texts; the passes learn from the own renderings alone." };
        var chooser = new Option<bool>("--title-chooser") { Description = "Also train the title chooser, a ranker that reorders the headline pass's likeliest candidates." };
        var chooserL2 = new Option<double>("--chooser-l2") { Description = "The title chooser's L2 penalty toward the headline pass's own order.", DefaultValueFactory = _ => 0.0 };
        var limit = new Option<int>("--max-pages") { Description = "Use at most this many pages of each data set (0: all).", DefaultValueFactory = _ => 0 };
        var command = new Command("structure", "Train the plain-text structure model from HTML pages with their true main text.")
        {
            data, output, part, trees, depth, threshold, titleTrees, titleDepth, titleRate, limit, renderings, bodyOnly, chooserOnly, chooser, chooserL2,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(data),
            parse.GetRequiredValue(output),
            ParsePart(parse.GetValue(part)!),
            new StructureTrainingOptions { Trees = parse.GetValue(trees), Depth = parse.GetValue(depth), TitleThreshold = parse.GetValue(threshold), TitleTrees = parse.GetValue(titleTrees), TitleDepth = parse.GetValue(titleDepth), TitleLearningRate = parse.GetValue(titleRate), HeadlineFromExtraRenderings = !parse.GetValue(bodyOnly),
                ExtraRenderingsChooserOnly = parse.GetValue(chooserOnly), Chooser = parse.GetValue(chooser), ChooserL2 = parse.GetValue(chooserL2) },
            parse.GetValue(limit),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error,
            parse.GetValue(renderings) ?? []));
        return command;
    }

    internal static Option<string> PartOption(string defaultPart)
    {
        var part = new Option<string>("--part")
        {
            Description = "Pages to use, split by a hash of the page id: train (3 in 5), dev (1 in 5), train-dev, test (1 in 5, for reporting) or all.",
            DefaultValueFactory = _ => defaultPart,
        };
        part.AcceptOnlyFromAmong("train", "dev", "train-dev", "test", "all");
        return part;
    }

    internal static PagePart ParsePart(string part) => part switch
    {
        "train" => PagePart.Train,
        "dev" => PagePart.Dev,
        "train-dev" => PagePart.TrainDev,
        "test" => PagePart.Test,
        _ => PagePart.All,
    };

    internal static List<string>? FindDataSets(DirectoryInfo[] data, TextWriter stderr)
    {
        var sets = new List<string>();
        foreach (var dir in data)
        {
            var found = StructurePages.FindDataSets(dir.FullName);
            if (found.Count == 0)
            {
                stderr.WriteLine($"{dir.FullName}: not_found: no ground-truth.json in it or in its subfolders.");
                return null;
            }

            sets.AddRange(found);
        }

        return sets;
    }

    internal static int Run(
        DirectoryInfo[] data, FileInfo output, PagePart part, StructureTrainingOptions options, int maxPages, TextWriter stdout, TextWriter stderr, DirectoryInfo[]? renderings = null)
    {
        renderings ??= [];
        if (renderings.FirstOrDefault(r => !r.Exists) is { } absent)
        {
            stderr.WriteLine($"{absent.FullName}: not_found: no such folder.");
            return Program.UsageError;
        }

        string[] extra = [.. renderings.Select(r => r.FullName)];
        if (options.Trees < 1 || options.TitleTrees < 1 || options.Depth is < 1 or > 8 || options.TitleDepth is < 0 or > 8 || options.TitleLearningRate is < 0 or > 1 || options.ChooserL2 < 0)
        {
            stderr.WriteLine("--trees and --title-trees must be at least 1 and --depth (and --title-depth, when given) from 1 to 8, --title-learning-rate at most 1 and --chooser-l2 not negative.");
            return Program.UsageError;
        }

        var sets = FindDataSets(data, stderr);
        if (sets is null)
        {
            return Program.UsageError;
        }

        var start = Stopwatch.GetTimestamp();
        var trainer = new StructureTrainer();
        foreach (var set in sets)
        {
            int before = trainer.Pages;
            foreach (var (id, html, truth) in StructurePages.Read(set, part))
            {
                if (maxPages > 0 && trainer.Pages - before >= maxPages)
                {
                    break;
                }

                trainer.Add(id, html, truth, extra);
            }

            stderr.WriteLine($"{set}: {trainer.Pages - before} pages");
        }

        if (extra.Length > 0)
        {
            stderr.WriteLine($"{trainer.ExtraRenderings} renderings from {string.Join(", ", extra)}");
        }

        if (trainer.Units == 0)
        {
            stderr.WriteLine("No pages to train on.");
            return Program.SomeFailed;
        }

        var model = trainer.Train(options, stderr);
        using (var file = File.Create(output.FullName))
        {
            model.Write(file);
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {output.FullName}: {trainer.Pages} pages, {trainer.Units:N0} units, {Stopwatch.GetElapsedTime(start).TotalSeconds:F0} s."));
        return 0;
    }
}
