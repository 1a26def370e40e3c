namespace TextInsight.Entities;

/// <summary>An entity of the article with all its mentions merged (<c>ASF</c> = <c>Apache Software Foundation</c>).</summary>
public sealed record LinkedEntity
{
    /// <summary>Identifier, unique within one analysis; mentions carry it in <see cref="EntityMention.EntityId"/>.</summary>
    public required int Id { get; init; }

    /// <summary>The canonical (longest, fullest) name.</summary>
    public required string Name { get; init; }

    /// <summary>The type of the entity.</summary>
    public required EntityType Type { get; init; }

    /// <summary>
    /// For a person, the courtesy title the article writes before the name (<c>Mr</c>, <c>Mrs</c>, <c>Ms</c>, <c>Miss</c>,
    /// <c>Mx</c>, <c>Dr</c>), which the name leaves out (<c>Mrs Howard</c> → <c>Howard</c>): the first that says a gender,
    /// else the first; null when none. Mentions whose titles say different genders are not linked.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>Other names it goes by in the article.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Number of mentions in the title, headings and body.</summary>
    public required int Mentions { get; init; }

    /// <summary>How central the entity is to the article, from 0 to 1.</summary>
    public required double Salience { get; init; }

    /// <summary>Roles stated next to a person.</summary>
    public IReadOnlyList<EntityRole> Roles { get; init; } = [];
}
