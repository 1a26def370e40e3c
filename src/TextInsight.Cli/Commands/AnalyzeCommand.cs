using System.CommandLine;

namespace TextInsight.Cli.Commands;

internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("input") { Description = "Files, folders or - for standard input.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("analyze", "Analyze documents into JSON records.") { inputs };
        command.SetAction(parse => 0);
        return command;
    }
}
