using System.Collections.Immutable;

namespace TextInsight.Orleans;

/// <summary>The answer to a <see cref="DocumentBatch"/>: one record per document, in the batch's order.</summary>
[GenerateSerializer]
[Immutable]
[Alias("TextInsight.AnalyzedBatch")]
public sealed record AnalyzedBatch
{
    /// <summary>The <see cref="DocumentBatch.FirstIndex"/> of the batch answered.</summary>
    [Id(0)]
    public long FirstIndex { get; init; }

    /// <summary>The records, one per document of the batch, in its order.</summary>
    [Id(1)]
    public ImmutableArray<AnalyzedRecord> Records { get; init; } = [];

    /// <summary>The silo that analyzed the batch (its address), for diagnostics.</summary>
    [Id(2)]
    public string Silo { get; init; } = string.Empty;

    /// <summary>How long the silo took over the batch, from its arrival to its answer (wall clock), serialization included.</summary>
    [Id(3)]
    public TimeSpan AnalysisTime { get; init; }

    /// <summary>Of <see cref="AnalysisTime"/>, how long the silo spent serializing the records to JSON.</summary>
    [Id(4)]
    public TimeSpan SerializationTime { get; init; }

    /// <summary>The silo process's processor time (user and system, since it started) when the batch arrived.</summary>
    [Id(5)]
    public TimeSpan SiloProcessorTimeAtStart { get; init; }

    /// <summary>The silo process's processor time (user and system, since it started) when it answered.</summary>
    [Id(6)]
    public TimeSpan SiloProcessorTimeAtEnd { get; init; }

    /// <summary>Of <see cref="AnalysisTime"/>, how long the silo spent reading the records' entities for the coordinator's corpus resolver.</summary>
    [Id(7)]
    public TimeSpan EntitiesTime { get; init; }
}
