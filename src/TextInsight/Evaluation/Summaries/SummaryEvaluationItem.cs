namespace TextInsight.Summaries;

/// <summary>One article of a summary evaluation, prepared once: its features and its tokenized reference.</summary>
/// <param name="Id">Where it came from (for example <c>business/001.txt</c>).</param>
/// <param name="Document">The features of its body sentences.</param>
/// <param name="SentenceTokens">The ROUGE tokens of each body sentence.</param>
/// <param name="Reference">The ROUGE tokens of the reference summary.</param>
/// <param name="ReferenceSentences">The ROUGE tokens of each sentence of the reference summary.</param>
internal sealed record SummaryEvaluationItem(
    string Id,
    SummaryDocument Document,
    int[][] SentenceTokens,
    int[] Reference,
    int[][] ReferenceSentences);
