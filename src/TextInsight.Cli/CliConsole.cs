namespace TextInsight.Cli;

/// <summary>The streams a command talks to: the process's own, or a test's.</summary>
/// <param name="Out">Where records go when no <c>--output</c> is given.</param>
/// <param name="Error">Diagnostics, progress and the summary line.</param>
/// <param name="OpenInput">Opens standard input (for the input <c>-</c>).</param>
/// <param name="ErrorIsTerminal">Whether <paramref name="Error"/> is a terminal, so that a progress bar can be drawn.</param>
public sealed record CliConsole(Stream Out, TextWriter Error, Func<Stream> OpenInput, bool ErrorIsTerminal)
{
    /// <summary>The process's standard streams.</summary>
    public static CliConsole System() => new(
        Console.OpenStandardOutput(),
        Console.Error,
        Console.OpenStandardInput,
        !Console.IsErrorRedirected);
}
