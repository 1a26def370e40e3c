namespace TextInsight;

/// <summary>How the content of a <see cref="DocumentInput"/> is written.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text (Markdown <c>#</c> headings and underlined headings are understood; for other Markdown use <see cref="Markdown"/>).</summary>
    PlainText,
    /// <summary>An HTML page, or a fragment of one (a body of <c>&lt;p&gt;</c> elements without a page around it).</summary>
    Html,
    /// <summary>Markdown (CommonMark with pipe tables and YAML front matter), as HTML-to-Markdown converters and scrapers write it.</summary>
    Markdown,
    /// <summary>
    /// Not known: the content is read by <see cref="DocumentFormatDetector.Detect(ReadOnlySpan{char})"/>, as HTML when it
    /// starts like a page or is dense with HTML elements (a fragment), else as plain text (Markdown is never told from content).
    /// </summary>
    Auto,
}
