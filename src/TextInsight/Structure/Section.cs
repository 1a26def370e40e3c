namespace TextInsight.Structure;

/// <summary>
/// A section of an article: an optional heading followed by paragraphs. The lead of an article,
/// before its first heading, is a section without a heading.
/// </summary>
public sealed class Section
{
    /// <summary>Creates a section.</summary>
    /// <param name="heading">The heading line, or <see langword="null"/> for a section without heading.</param>
    /// <param name="paragraphs">The paragraphs, in document order.</param>
    public Section(TextSpan? heading, IReadOnlyList<TextSpan> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        Heading = heading;
        Paragraphs = paragraphs;
        int start = heading?.Start ?? (paragraphs.Count > 0 ? paragraphs[0].Start : 0);
        int end = paragraphs.Count > 0 ? paragraphs[^1].End : heading?.End ?? start;
        Span = TextSpan.FromBounds(start, end);
    }

    /// <summary>The heading line, or <see langword="null"/> for a section without heading.</summary>
    public TextSpan? Heading { get; }

    /// <summary>From the start of the heading (or first paragraph) to the end of the last paragraph.</summary>
    public TextSpan Span { get; }

    /// <summary>The paragraphs, in document order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; }
}
