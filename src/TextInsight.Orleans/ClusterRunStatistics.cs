namespace TextInsight.Orleans;

/// <summary>Where the time of a cluster run went, as a <see cref="ClusterBatchCoordinator"/> saw it: a snapshot.</summary>
public sealed record ClusterRunStatistics
{
    /// <summary>Documents whose records were returned.</summary>
    public long Documents { get; init; }

    /// <summary>Batches answered (first complete answers; retries not counted).</summary>
    public long Batches { get; init; }

    /// <summary>Attempts that failed and were retried.</summary>
    public long Retries { get; init; }

    /// <summary>The fewest documents in one batch (0 when no batch was answered).</summary>
    public int SmallestBatch { get; init; }

    /// <summary>The most documents in one batch.</summary>
    public int LargestBatch { get; init; }

    /// <summary>Characters of document text sent to the silos.</summary>
    public long TextCharacters { get; init; }

    /// <summary>Bytes of JSON records received from the silos.</summary>
    public long RecordBytes { get; init; }

    /// <summary>
    /// How long the consumer of the records waited for the next batch in input order to be answered: time in which
    /// the coordinator had nothing to write (the silos were analyzing, or a batch was being retried).
    /// </summary>
    public TimeSpan WaitingForSilos { get; init; }

    /// <summary>How long the producer waited for a place on the cluster (<see cref="ClusterBatchOptions.MaxBatchesInFlight"/>) or in the queue.</summary>
    public TimeSpan WaitingForPlace { get; init; }

    /// <summary>What each silo reported, in the order silos first answered.</summary>
    public IReadOnlyList<SiloRunStatistics> Silos { get; init; } = [];
}

/// <summary>What one silo did in a cluster run, from the statistics it sent back with its answers.</summary>
public sealed record SiloRunStatistics
{
    /// <summary>The silo's address.</summary>
    public required string Silo { get; init; }

    /// <summary>Batches this silo answered.</summary>
    public long Batches { get; init; }

    /// <summary>Documents in those batches.</summary>
    public long Documents { get; init; }

    /// <summary>The silo's wall-clock time over those batches, from arrival to answer, summed (batches may overlap).</summary>
    public TimeSpan AnalysisTime { get; init; }

    /// <summary>Of <see cref="AnalysisTime"/>, the time spent serializing records.</summary>
    public TimeSpan SerializationTime { get; init; }

    /// <summary>Of <see cref="AnalysisTime"/>, the time spent reading the records' entities for the coordinator's corpus resolver.</summary>
    public TimeSpan EntitiesTime { get; init; }

    /// <summary>
    /// The silo process's processor time from the arrival of its first batch of this run to its last answer (user and
    /// system, all its threads: analysis, messaging, serialization, garbage collection; and any other client's batches
    /// it ran meanwhile).
    /// </summary>
    public TimeSpan ProcessorTime { get; init; }

    /// <summary>Processor time per document of this run; zero when the silo answered no batch.</summary>
    public TimeSpan ProcessorTimePerDocument => Documents > 0 ? ProcessorTime / Documents : TimeSpan.Zero;
}
