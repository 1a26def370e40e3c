using System.CommandLine;
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
    public static Task<int> Main(string[] args) => RunAsync(args, CliConsole.System());

    /// <summary>Runs the command line against the given streams and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = BuildRootCommand(console);
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

        var config = new InvocationConfiguration { Output = console.Error, Error = console.Error };
        return await parse.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("TextInsight: structure, entities, topics and summaries of news and web articles.");
        root.Subcommands.Add(AnalyzeCommand.Create(console));
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
        train.Subcommands.Add(TrainSummariesCommand.Create(console));
        evaluate.Subcommands.Add(EvaluateEntitiesCommand.Create());
        return root;
    }
}
