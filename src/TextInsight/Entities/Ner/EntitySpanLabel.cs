namespace TextInsight.Entities.Ner;

/// <summary>An entity over tokens: tokens <see cref="Start"/> to <see cref="End"/> (exclusive) of one sentence.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Type">The entity type index (see <see cref="NerLabels.TypeNames"/>).</param>
internal readonly record struct EntitySpanLabel(int Start, int End, int Type);
