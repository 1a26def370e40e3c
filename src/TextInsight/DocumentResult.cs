namespace TextInsight;

/// <summary>The outcome for one document of a batch: its analysis, or its error. Never both, never neither.</summary>
public sealed record DocumentResult
{
    /// <summary>Where the document came from.</summary>
    public required string Source { get; init; }

    /// <summary>The position of the document in the input, from 0.</summary>
    public required long Index { get; init; }

    /// <summary>The analysis, when it succeeded.</summary>
    public ArticleAnalysis? Analysis { get; init; }

    /// <summary>The error, when it failed.</summary>
    public DocumentError? Error { get; init; }

    /// <summary>Notes from reading the document.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
