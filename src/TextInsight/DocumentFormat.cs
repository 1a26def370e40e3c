namespace TextInsight;

/// <summary>How the content of a <see cref="DocumentInput"/> is written.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text (Markdown <c>#</c> headings and underlined headings are understood; for other Markdown use <see cref="Markdown"/>).</summary>
    PlainText,
    /// <summary>An HTML page.</summary>
    Html,
    /// <summary>Markdown (CommonMark with pipe tables and YAML front matter), as HTML-to-Markdown converters and scrapers write it.</summary>
    Markdown,
}
