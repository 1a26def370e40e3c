using TextInsight.Entities;
using TextInsight.Structure;

namespace TextInsight.Summaries;

/// <summary>Finds the key phrases of an article. Thread-safe.</summary>
public sealed class KeyphraseExtractor
{
    /// <summary>A shared instance.</summary>
    public static KeyphraseExtractor Default { get; } = new();

    /// <summary>Returns at most <paramref name="max"/> key phrases of the article, highest score first.</summary>
    /// <param name="structure">The article's structure.</param>
    /// <param name="bodySentences">The sentences of the body paragraphs.</param>
    /// <param name="entities">The article's entities.</param>
    /// <param name="max">How many phrases at most.</param>
    public IReadOnlyList<Keyphrase> Extract(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences, EntityAnalysis entities, int max)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bodySentences);
        ArgumentNullException.ThrowIfNull(entities);
        return [];
    }
}
