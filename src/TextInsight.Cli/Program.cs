using System.CommandLine;
using System.Runtime.InteropServices;
using TextInsight.Cli.Commands;

namespace TextInsight.Cli;

/// <summary>The <c>textinsight</c> command.</summary>
public static class Program
{
    /// <summary>Exit code: every document succeeded.</summary>
    public const int Success = 0;

    /// <summary>Exit code: some documents failed (their error records were written).</summary>
    public const int SomeFailed = 1;

    /// <summary>Exit code: the command was called wrongly.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code: the cluster could not be reached, or a batch failed on every attempt (records before it were written; rerun with <c>--resume</c>).</summary>
    public const int ClusterFailed = 3;

    /// <summary>Exit code: the run was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Main(string[] args)
    {
        // First of all: the coordinator of analyze --cluster starts again with tiered compilation, and a silo of the build
        // without the precompiled Orleans code made for the coordinator (returns otherwise). Before anything else is
        // compiled: the process that starts again runs without tiered compilation, so each method it compiles is fully
        // optimized, and an async Main's state machine would bring the whole command's start into it.
        CoordinatorJit.RestartIfCoordinator(args);
        return RunMainAsync(args).GetAwaiter().GetResult();
    }

    private static async Task<int> RunMainAsync(string[] args)
    {
        // The first Ctrl+C (SIGINT) or SIGTERM cancels the batch, which then stops cleanly: the records written so far
        // are complete lines, the summary line says how many documents were done, and the exit code is 130. A second
        // one ends the process at once. (System.CommandLine's own handling is off: in testing, SIGINT killed the
        // process mid-record.)
        // Only the commands that stop cleanly on the token keep the process alive after the first signal; for the others
        // (query, report, train, evaluate) the signal ends the process as usual, so that nobody waits on them.
        // The background compiler, fed with what the last run of this command compiled.
        var jitProfile = JitProfile.Start(args);
        AnalyzeCommand.PreloadModels(args);
        bool stopsCleanly = args.Length > 0 && args[0] is "analyze" or "tokenize" or "sentences" or "silo";
        using var cancel = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = stopsCleanly && !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        try
        {
            return await RunAsync(args, CliConsole.System(), cancel.Token).ConfigureAwait(false);
        }
        finally
        {
            jitProfile?.Save();
        }
    }

    /// <summary>Runs the command line against the given streams and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        StartupTimeline.Reset();
        StartupTimeline.Mark(StartupTimeline.Step.Main);

        // analyze --cluster: the Orleans client is built and connects while the command line is parsed.
        await using var prestart = ClusterPrestart.Start(args, console.Error, cancellationToken);
        var root = BuildRootCommand(console, prestart);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync("textinsight: " + error.Message).ConfigureAwait(false);
            }

            await console.Error.WriteLineAsync("Run 'textinsight --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = console.Error, Error = console.Error, ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand BuildRootCommand(CliConsole console) => BuildRootCommand(console, null);

    /// <summary>Builds the command tree; <c>analyze</c> takes the early cluster connection when it is the one asked for.</summary>
    internal static RootCommand BuildRootCommand(CliConsole console, ClusterPrestart? prestart)
    {
        var root = new RootCommand("TextInsight: structure, entities, topics and summaries of news and web articles.");
        root.Subcommands.Add(AnalyzeCommand.Create(console, prestart));
        root.Subcommands.Add(SiloCommand.Create(console));
        root.Subcommands.Add(TextCommands.CreateTokenize(console));
        root.Subcommands.Add(TextCommands.CreateSentences(console));
        root.Subcommands.Add(QueryCommand.Create(console));
        root.Subcommands.Add(ReportCommand.Create(console));
        var train = new Command("train", "Train a model from annotated data.") { TrainTopicsCommand.Create(console) };
        var evaluate = new Command("evaluate", "Measure a model or stage on annotated data.") { EvaluateTopicsCommand.Create(console) };
        root.Subcommands.Add(train);
        root.Subcommands.Add(evaluate);
        evaluate.Subcommands.Add(EvaluateSummariesCommand.Create(console));
        evaluate.Subcommands.Add(EvaluateExtractionCommand.Create());
        train.Subcommands.Add(TrainEntitiesCommand.Create());
        train.Subcommands.Add(TrainClustersCommand.Create());
        train.Subcommands.Add(TrainSummariesCommand.Create(console));
        train.Subcommands.Add(TrainKeyphrasesCommand.Create(console));
        evaluate.Subcommands.Add(EvaluateEntitiesCommand.Create());
        evaluate.Subcommands.Add(EvaluateKeyphrasesCommand.Create(console));
        train.Subcommands.Add(TrainStructureCommand.Create());
        train.Subcommands.Add(TrainOneLineTitleCommand.Create());
        train.Subcommands.Add(TrainOneLineBreaksCommand.Create());
        train.Subcommands.Add(TrainExtractionCommand.Create());
        train.Subcommands.Add(CaseCommands.CreateTrain());
        evaluate.Subcommands.Add(CaseCommands.CreateEvaluate());
        evaluate.Subcommands.Add(EvaluateStructureCommand.Create());
        evaluate.Subcommands.Add(EvaluateLinkingCommand.Create());
        evaluate.Subcommands.Add(EvaluateOneLineCommand.Create());
        evaluate.Subcommands.Add(EvaluateRepairCommand.Create());
        evaluate.Subcommands.Add(EvaluateLanguageCommand.Create());
        evaluate.Subcommands.Add(EvaluateLayoutCommand.Create());
        return root;
    }
}
