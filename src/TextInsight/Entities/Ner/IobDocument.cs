namespace TextInsight.Entities.Ner;

/// <summary>A document of a CoNLL file (the sentences between two <c>-DOCSTART-</c> lines).</summary>
/// <param name="Sentences">The sentences, in order.</param>
internal sealed record IobDocument(IReadOnlyList<IobSentence> Sentences)
{
    /// <summary>The number of tokens of the document.</summary>
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);

    /// <summary>How many times each of its sentences is seen in a training epoch (1 for a CoNLL file; more to weigh a small in-domain sample against it).</summary>
    public int Repeat { get; init; } = 1;
}
