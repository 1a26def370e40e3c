using TextInsight.Cli.Input;
using TextInsight.Cli.Output;

namespace TextInsight.Cli.Commands;

/// <summary>Everything one <c>analyze</c> run needs, parsed from the command line.</summary>
internal sealed record AnalyzeSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }

    public InputOptions Input { get; init; } = new();

    public OutputFormat Format { get; init; } = OutputFormat.Jsonl;

    public string? Output { get; init; }

    public int Parallel { get; init; } = Environment.ProcessorCount;

    public bool Progress { get; init; } = true;

    public TimeSpan? Timeout { get; init; }

    public TextAnalyzerOptions Analyzer { get; init; } = new();
}
