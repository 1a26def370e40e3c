using System.Text;
using TextInsight.Cli;

namespace TextInsight.Tests.Support;

/// <summary>Runs the <c>textinsight</c> command in-process with captured streams.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string[] args, byte[]? stdin = null)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(stdin ?? []), ErrorIsTerminal: false);
        int exit = await Program.RunAsync(args, console);
        return new CliResult(exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>
    /// Parses and invokes the command tree synchronously, with the invocation's output and error captured: what the
    /// train and evaluate commands print goes there, not to the console's streams.
    /// </summary>
    public static CliResult Invoke(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(Stream.Null, error, () => Stream.Null, ErrorIsTerminal: false);
        int code = Program.BuildRootCommand(console).Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return new CliResult(code, output.ToString(), error.ToString());
    }
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The JSON Lines records of the output.</summary>
    public IReadOnlyList<TextInsight.Serialization.AnalysisRecord> Records =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(TextInsight.Serialization.AnalysisJson.Deserialize).ToList();
}
