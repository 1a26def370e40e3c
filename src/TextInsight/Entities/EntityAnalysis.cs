namespace TextInsight.Entities;

/// <summary>The entities of one article: every mention, and the linked entities they refer to.</summary>
/// <param name="Mentions">All mentions in every zone, ordered by position.</param>
/// <param name="Entities">The linked entities of the title, headings and body, most salient first.</param>
public sealed record EntityAnalysis(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<LinkedEntity> Entities)
{
    /// <summary>No entities.</summary>
    public static EntityAnalysis Empty { get; } = new([], []);
}
