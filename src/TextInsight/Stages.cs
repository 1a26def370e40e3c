namespace TextInsight;

/// <summary>The stages of the pipeline that <see cref="TextAnalyzer"/> runs. Structure always runs.</summary>
[Flags]
public enum Stages
{
    /// <summary>Structure only: title, sections, paragraphs, boilerplate.</summary>
    Structure = 0,
    /// <summary>Sentences of the body.</summary>
    Sentences = 1,
    /// <summary>Entity mentions and linked entities (needs sentences).</summary>
    Entities = 2,
    /// <summary>Topic scores.</summary>
    Topics = 4,
    /// <summary>Extractive summary (needs sentences).</summary>
    Summary = 8,
    /// <summary>Key phrases.</summary>
    Keyphrases = 16,
    /// <summary>Everything.</summary>
    All = Sentences | Entities | Topics | Summary | Keyphrases,
}
