namespace TextInsight.Summaries;

/// <summary>An extractive summary: sentences of the body, in document order.</summary>
/// <param name="Text">The sentences joined by single spaces.</param>
/// <param name="Sentences">The chosen sentences, as spans over the analyzed text, in document order.</param>
public sealed record Summary(string Text, IReadOnlyList<TextSpan> Sentences)
{
    /// <summary>An empty summary.</summary>
    public static Summary Empty { get; } = new(string.Empty, []);
}
