using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using TextInsight.Benchmarks;

if (args.Length > 0 && args[0] == "--stages")
{
    PipelineStages.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5);
    return;
}

if (args.Length > 1 && args[0] == "--stage-times")
{
    StageTimes.Run(args.Skip(1));
    return;
}

if (args.Length > 1 && args[0] == "--input-formats")
{
    InputFormats.Run(args[1]);
    return;
}

if (args.Length > 0 && args[0] == "--alloc")
{
    AllocationProfile.Run();
    return;
}

if (args.Length > 0 && args[0] == "--structure")
{
    StructureStage.Time(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, oneLine: args.Length > 2 && args[2] == "one-line");
    return;
}

if (args.Length > 0 && args[0] == "--structure-pages")
{
    StructurePageSpeed.Time(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, args.Length > 2 ? args[2] : null);
    return;
}

if (args.Length > 1 && args[0] == "--structure-profile")
{
    StructureProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 && args[2] == "pages", args.Length > 2 && args[2] == "one-line");
    return;
}

if (args.Length > 2 && args[0] == "--structure-titles")
{
    StructureTitles.Run(
        Enum.Parse<TextInsight.Structure.Training.PagePart>(args[1], ignoreCase: true),
        args[2] == "page" ? TextInsight.Structure.Training.RenderScope.Page : TextInsight.Structure.Training.RenderScope.Region);
    return;
}

if (args.Length > 2 && args[0] == "--structure-title-causes")
{
    StructureTitleCauses.Run(
        Enum.Parse<TextInsight.Structure.Training.PagePart>(args[1], ignoreCase: true),
        args[2] == "page" ? TextInsight.Structure.Training.RenderScope.Page : TextInsight.Structure.Training.RenderScope.Region,
        args.Contains("--list"),
        Array.IndexOf(args, "--renderings") is int r and > 0 && r + 1 < args.Length ? args[r + 1] : null);
    return;
}

if (args.Length > 2 && args[0] == "--structure-errors")
{
    StructureErrors.Run(
        Enum.Parse<TextInsight.Structure.Training.PagePart>(args[1], ignoreCase: true),
        args[2] == "page" ? TextInsight.Structure.Training.RenderScope.Page : TextInsight.Structure.Training.RenderScope.Region,
        args.Length > 3 ? args[3] : null);
    return;
}

if (args.Length > 1 && args[0] == "--structure-clean")
{
    StructureClean.Run(Enum.Parse<TextInsight.Structure.Training.PagePart>(args[1], ignoreCase: true));
    return;
}

if (args.Length > 0 && args[0] == "--structure-lost")
{
    StructureLost.Run();
    return;
}

if (args.Length > 1 && args[0] == "--structure-steps")
{
    StructureSteps.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args.Length > 1 && args[0] == "--structure-dump")
{
    StructureStage.Dump(args[1], oneLine: args.Length > 2 && args[2] is "one-line" or "one-line-steps", steps: args.Length > 2 && args[2] == "one-line-steps");
    return;
}

if (args.Length > 2 && args[0] == "--render-chromium")
{
    await ChromiumRenderings.RunAsync(args[1], Enum.Parse<TextInsight.Structure.Training.PagePart>(args[2], ignoreCase: true));
    return;
}

if (args.Length > 1 && args[0] == "--title-chooser-dev")
{
    TitleChooserDev.Run(args[1], args.Length > 2 ? args[2] : null);
    return;
}

if (args.Length > 2 && args[0] == "--render-variants")
{
    OwnRenderings.Run(args[1], Enum.Parse<TextInsight.Structure.Training.PagePart>(args[2], ignoreCase: true));
    return;
}

if (args.Length > 0 && args[0] == "--corpus-memory")
{
    CorpusMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    QuickCompare.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30);
    return;
}

// The default config already exports GitHub markdown and CSV, the reports committed in benchmarks/results/.
// A short job, in process: the machine is shared, and one run must take a few minutes, not tens. Ratios between
// methods of the one class are what matter; absolute figures carry the environment line of the report.
var config = DefaultConfig.Instance
    .AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(15)
        .WithId("Short"))
    .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
    .AddColumn(new ThroughputColumn(best: false), new ThroughputColumn(best: true));

var summaries = BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args, config);

// Keep the reports next to the code that produced them (benchmarks/results/), as BenchmarkDotNet's own repo does.
string results = Path.Combine(BenchmarkInput.FindRoot(), "benchmarks", "results");
Directory.CreateDirectory(results);
foreach (var summary in summaries)
{
    foreach (string file in Directory.GetFiles(summary.ResultsDirectoryPath))
    {
        if (file.EndsWith(".md", StringComparison.Ordinal) || file.EndsWith(".csv", StringComparison.Ordinal))
        {
            File.Copy(file, Path.Combine(results, Path.GetFileName(file)), overwrite: true);
        }
    }
}
