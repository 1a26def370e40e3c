namespace TextInsight.Structure.Html;

/// <summary>What kind of block a run of page text is.</summary>
internal enum HtmlBlockKind
{
    /// <summary>A paragraph, or text straight inside a container.</summary>
    Paragraph,
    /// <summary>A heading (h1 to h6).</summary>
    Heading,
    /// <summary>A list item.</summary>
    ListItem,
    /// <summary>Preformatted text, white space kept.</summary>
    Preformatted,
    /// <summary>A table row, its cells separated by <c> | </c>.</summary>
    Row,
    /// <summary>A figure caption.</summary>
    Caption,
}
