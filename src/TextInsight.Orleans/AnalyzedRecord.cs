namespace TextInsight.Orleans;

/// <summary>The record of one document as the silo serialized it.</summary>
[GenerateSerializer]
[Immutable]
[Alias("TextInsight.AnalyzedRecord")]
public sealed record AnalyzedRecord
{
    /// <summary>The record in the JSON contract (<see cref="Serialization.AnalysisJson"/>), UTF-8, one line without its newline.</summary>
    [Id(0)]
    public ReadOnlyMemory<byte> Json { get; init; }

    /// <summary>Whether the record is an error record.</summary>
    [Id(1)]
    public bool Failed { get; init; }
}
