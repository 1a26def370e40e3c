using TextInsight.Cli.Input;
using TextInsight.Cli.Output;
using TextInsight.Orleans;

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

    /// <summary>Run on this Orleans cluster instead of in-process.</summary>
    public ClusterConnection? Cluster { get; init; }

    /// <summary>The connection to <see cref="Cluster"/> started before the command line was parsed, if any (taken when it is the same cluster).</summary>
    public ClusterPrestart? Prestart { get; init; }

    /// <summary>Batching and retries on the cluster; its settings mirror <see cref="Analyzer"/> and <see cref="Timeout"/>.</summary>
    public ClusterBatchOptions ClusterBatch { get; init; } = new();

    /// <summary>Keep the records already in <see cref="Output"/> and analyze only the documents after them.</summary>
    public bool Resume { get; init; }

    /// <summary>With <see cref="Cluster"/>: write where the time went (coordinator and silos) to standard error at the end.</summary>
    public bool Stats { get; init; }

    /// <summary>Whether entities are resolved across the documents of the run (each summary entity's <c>corpusId</c>, the <c>corpus_entities</c> table).</summary>
    public bool CorpusEntities { get; init; } = true;
}
