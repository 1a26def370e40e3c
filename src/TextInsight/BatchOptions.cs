namespace TextInsight;

/// <summary>How <see cref="TextAnalyzer"/> runs a batch.</summary>
public sealed record BatchOptions
{
    /// <summary>How many documents are analyzed at once; by default the processor count.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many finished or running documents may wait for their turn to be returned in input order; bounds memory.
    /// By default four per degree of parallelism.
    /// </summary>
    public int? MaxPending { get; init; }

    /// <summary>
    /// The longest one document may take before it is given up as a <see cref="ErrorCodes.Timeout"/> error; none by
    /// default. The error comes at the limit; the analysis itself stops at its next stage (or paragraph while splitting
    /// sentences, sentence in the summary's steps over pairs of sentences, or step of entity recognition: tagging, name
    /// rules, numbers, linking) and frees its thread.
    /// </summary>
    public TimeSpan? TimeoutPerDocument { get; init; }

    /// <summary>
    /// The clock that measures <see cref="TimeoutPerDocument"/>: the system's, or in tests one whose limit has already
    /// passed, so that a timeout can be pinned without depending on how fast the machine is.
    /// </summary>
    internal TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
