using System.CommandLine;
using TextInsight.Cli.Commands;

namespace TextInsight.Cli;

/// <summary>The <c>textinsight</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static async Task<int> Main(string[] args)
    {
        var root = BuildRootCommand();
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("TextInsight: structure, entities, topics and summaries of news and web articles.");
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(new Command("train", "Train a model.") { TrainTopicsCommand.Create() });
        root.Subcommands.Add(new Command("evaluate", "Evaluate a model or cross-validate training.") { EvaluateTopicsCommand.Create() });
        return root;
    }
}
