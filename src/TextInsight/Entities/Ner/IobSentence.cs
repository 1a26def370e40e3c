namespace TextInsight.Entities.Ner;

/// <summary>A sentence of a CoNLL file: its tokens, their gold entities and the line it starts on.</summary>
/// <param name="Tokens">The tokens (first column).</param>
/// <param name="Entities">The gold entities, read from the last column's IOB tags.</param>
/// <param name="Line">The 1-based line of the first token in the file.</param>
internal sealed record IobSentence(string[] Tokens, IReadOnlyList<EntitySpanLabel> Entities, int Line);
