namespace TextInsight.Structure;

/// <summary>A block of text around the article that is not part of it.</summary>
/// <param name="Span">Where the block is in the analyzed text (trimmed of surrounding white space).</param>
/// <param name="Kind">What the block is.</param>
public sealed record BoilerplateBlock(TextSpan Span, BoilerplateKind Kind);
