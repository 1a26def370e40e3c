namespace TextInsight.Orleans;

/// <summary>How a <see cref="ClusterBatchCoordinator"/> cuts the input into batches and keeps them moving.</summary>
public sealed record ClusterBatchOptions
{
    /// <summary>The most documents in one batch (one grain call). 16 by default.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>The most characters of text in one batch; a batch closes early when its documents reach it. 4 million by default.</summary>
    public int MaxBatchCharacters { get; init; } = 4 << 20;

    /// <summary>How many batches may be on the cluster at once. 8 by default: enough for a few silos; raise it with the cluster's cores.</summary>
    public int MaxBatchesInFlight { get; init; } = 8;

    /// <summary>
    /// How many batches may be held at once, in flight or finished and waiting for an earlier one to be written;
    /// bounds the coordinator's memory. Twice <see cref="MaxBatchesInFlight"/> by default.
    /// </summary>
    public int? MaxBatchesPending { get; init; }

    /// <summary>
    /// How long one attempt at a batch may take before it is given up and retried. One minute by default. A call in
    /// flight on a silo that was killed is not failed by Orleans when the connection drops: it ends at this timeout,
    /// so it is also how long such a batch holds back the output.
    /// </summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many times a batch is tried before the run fails. 10 by default: with the doubling pauses, retries go on for
    /// over a minute, longer than a cluster takes to declare a killed silo dead (until then, silos may still route
    /// calls to it and they fail at once).
    /// </summary>
    public int MaxAttempts { get; init; } = 10;

    /// <summary>The pause before the first retry; it doubles with each further one, up to 15 seconds. Half a second by default.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>What the silos do with each document.</summary>
    public BatchSettings Settings { get; init; } = new();
}
