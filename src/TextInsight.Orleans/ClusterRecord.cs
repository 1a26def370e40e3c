namespace TextInsight.Orleans;

/// <summary>The record of one input document, as returned by the cluster.</summary>
public sealed record ClusterRecord
{
    /// <summary>The position of the document in the input, from 0.</summary>
    public required long Index { get; init; }

    /// <summary>Where the document came from.</summary>
    public required string Source { get; init; }

    /// <summary>The record in the JSON contract, UTF-8, one line without its newline.</summary>
    public required ReadOnlyMemory<byte> Json { get; init; }

    /// <summary>Whether the record is an error record.</summary>
    public bool Failed { get; init; }

    /// <summary>The silo that analyzed the document.</summary>
    public string Silo { get; init; } = string.Empty;

    /// <summary>What the corpus resolver reads of the record, as the silo computed it (<see cref="RecordEntities"/>); empty when it did not.</summary>
    internal ReadOnlyMemory<byte> Entities { get; init; }
}
