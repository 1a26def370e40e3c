namespace TextInsight.Entities.Corpus;

/// <summary>
/// One entity of a corpus, as <see cref="CorpusEntityResolver"/> knows it after the documents fed so far: every
/// document entity resolved to it carries its <see cref="Id"/>.
/// </summary>
public sealed record CorpusEntity
{
    /// <summary>Identifier, unique within the resolver's corpus, from 1; never changes once assigned.</summary>
    public required int Id { get; init; }

    /// <summary>The canonical name: for a person, the full name most documents use; otherwise the form most documents use.</summary>
    public required string Name { get; init; }

    /// <summary>The type most documents gave it (each document's own type is kept in its record).</summary>
    public required EntityType Type { get; init; }

    /// <summary>Other names it goes by in the corpus (<c>Mr Blair</c>, <c>Blair</c>), most used first, at most 16.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>How many documents mention it.</summary>
    public required int Documents { get; init; }

    /// <summary>Its mentions in the title, headings and body of those documents.</summary>
    public required int Mentions { get; init; }
}
