namespace TextInsight;

/// <summary>
/// The names of the built-in layers of an <see cref="ArticleDocument"/>; each built-in component is named after the layer
/// it assigns (the sentences component assigns both <see cref="Sentences"/> and <see cref="Tokens"/>).
/// </summary>
public static class ArticleLayers
{
    /// <summary>The structure (title, sections, paragraphs, boilerplate): always there, from the parser.</summary>
    public const string Structure = "structure";

    /// <summary>The body sentences: <see cref="ArticleDocument.Sentences"/>.</summary>
    public const string Sentences = "sentences";

    /// <summary>The segments and their tokens: <see cref="ArticleDocument.Segments"/> and <see cref="ArticleDocument.Tokens"/>.</summary>
    public const string Tokens = "tokens";

    /// <summary>Entity mentions and linked entities: <see cref="ArticleDocument.Entities"/>.</summary>
    public const string Entities = "entities";

    /// <summary>Topic scores: <see cref="ArticleDocument.Topics"/>.</summary>
    public const string Topics = "topics";

    /// <summary>The extractive summary: <see cref="ArticleDocument.Summary"/>.</summary>
    public const string Summary = "summary";

    /// <summary>Key phrases: <see cref="ArticleDocument.Keyphrases"/>.</summary>
    public const string Keyphrases = "keyphrases";
}
