using TextInsight.Summaries;

namespace TextInsight.Orleans;

/// <summary>
/// What a silo does with each document of a batch: the part of <see cref="TextAnalyzerOptions"/> and
/// <see cref="BatchOptions"/> that travels with the batch. Models stay on the silo: they are loaded there once.
/// </summary>
[GenerateSerializer]
[Immutable]
[Alias("TextInsight.BatchSettings")]
public sealed record BatchSettings
{
    /// <summary>Summary length in sentences; used when <see cref="SummaryRatio"/> is not set. Three by default.</summary>
    [Id(0)]
    public int SummarySentences { get; init; } = SummaryLength.Default.Sentences;

    /// <summary>Summary length as a ratio of the body's sentences, in (0, 1]; overrides <see cref="SummarySentences"/>.</summary>
    [Id(1)]
    public double? SummaryRatio { get; init; }

    /// <summary>The longest one document may take before it becomes a timeout error record; none by default.</summary>
    [Id(2)]
    public TimeSpan? TimeoutPerDocument { get; init; }

    /// <summary>How many key phrases at most; ten by default.</summary>
    [Id(3)]
    public int MaxKeyphrases { get; init; } = TextAnalyzerOptions.DefaultMaxKeyphrases;

    /// <summary>Whether text written in one case is analyzed with its case restored (<see cref="TextAnalyzerOptions.RestoreCase"/>); on by default.</summary>
    [Id(4)]
    public bool RestoreCase { get; init; } = true;

    /// <summary>Whether mis-decoded characters and HTML references in plain text are repaired (<see cref="TextAnalyzerOptions.RepairText"/>); on by default.</summary>
    [Id(5)]
    public bool RepairText { get; init; } = true;

    /// <summary>The summary length these settings ask for.</summary>
    public SummaryLength SummaryLength => SummaryRatio is { } ratio
        ? SummaryLength.FromRatio(ratio)
        : SummaryLength.FromSentences(SummarySentences);
}
