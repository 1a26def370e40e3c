namespace TextInsight.Entities.Ner;

/// <summary>A document of a CoNLL file (the sentences between two <c>-DOCSTART-</c> lines).</summary>
/// <param name="Sentences">The sentences, in order.</param>
internal sealed record IobDocument(IReadOnlyList<IobSentence> Sentences)
{
    /// <summary>The number of tokens of the document.</summary>
    public int TokenCount => Sentences.Sum(s => s.Tokens.Length);
}
