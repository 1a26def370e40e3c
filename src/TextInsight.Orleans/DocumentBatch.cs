using System.Collections.Immutable;

namespace TextInsight.Orleans;

/// <summary>A run of consecutive input documents sent to the cluster in one grain call.</summary>
[GenerateSerializer]
[Immutable]
[Alias("TextInsight.DocumentBatch")]
public sealed record DocumentBatch
{
    /// <summary>The position in the input of the batch's first document, from 0.</summary>
    [Id(0)]
    public long FirstIndex { get; init; }

    /// <summary>The documents, in input order.</summary>
    [Id(1)]
    public ImmutableArray<BatchDocument> Documents { get; init; } = [];

    /// <summary>What to do with each document.</summary>
    [Id(2)]
    public BatchSettings Settings { get; init; } = new();
}
