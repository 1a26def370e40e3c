namespace TextInsight.Entities;

/// <summary>A name found by <see cref="NamedEntityTagger"/>: where it is, its type and the tagger's confidence.</summary>
/// <param name="Span">Where the name is in the tagged text.</param>
/// <param name="Type">One of <see cref="EntityType.Person"/>, <see cref="EntityType.Organization"/>, <see cref="EntityType.Location"/>, <see cref="EntityType.Misc"/>.</param>
/// <param name="Confidence">From 0 to 1.</param>
public readonly record struct NamedEntitySpan(TextSpan Span, EntityType Type, double Confidence);
