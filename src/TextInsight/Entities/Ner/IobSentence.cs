namespace TextInsight.Entities.Ner;

/// <summary>A sentence of a CoNLL file, or a segment of an annotated sample article: its tokens, their gold entities and where it starts.</summary>
/// <param name="Tokens">The tokens (first column).</param>
/// <param name="Entities">The gold entities, read from the last column's IOB tags.</param>
/// <param name="Line">Where the sentence starts in its source: the 1-based line of the first token in a CoNLL file, or the
/// character offset of the segment in an annotated sample article (<see cref="EntitySampleCorpus"/>).</param>
internal sealed record IobSentence(string[] Tokens, IReadOnlyList<EntitySpanLabel> Entities, int Line);
