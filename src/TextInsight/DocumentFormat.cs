namespace TextInsight;

/// <summary>How the content of a <see cref="DocumentInput"/> is written.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text (or Markdown).</summary>
    PlainText,
    /// <summary>An HTML page.</summary>
    Html,
}
