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

    /// <summary>
    /// What the coordinator's corpus resolver reads of the record, computed by the silo (<see cref="RecordEntities"/>);
    /// empty from a silo of an earlier version, or when the record's JSON could not be matched to it: the coordinator
    /// then reads the JSON itself.
    /// </summary>
    [Id(2)]
    internal ReadOnlyMemory<byte> Entities { get; init; }
}
