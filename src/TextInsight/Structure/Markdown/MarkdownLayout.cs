namespace TextInsight.Structure.Markdown;

/// <summary>What a block of the plain text rendered from Markdown was in the Markdown.</summary>
internal enum MarkdownBlockKind : byte
{
    /// <summary>A paragraph at the top level.</summary>
    Paragraph,

    /// <summary>An ATX (<c>#</c>) or setext (underlined) heading.</summary>
    Heading,

    /// <summary>A paragraph of a list item.</summary>
    ListItem,

    /// <summary>A paragraph of a block quote.</summary>
    Quote,

    /// <summary>A table row, its cells separated by <c> | </c>.</summary>
    TableRow,

    /// <summary>A fenced or indented code block, its lines kept.</summary>
    Code,

    /// <summary>The text of a raw HTML block, tags dropped.</summary>
    Html,

    /// <summary>The alt text of an image that stood alone in its paragraph.</summary>
    ImageCaption,

    /// <summary>The title given by YAML front matter.</summary>
    FrontMatterTitle,

    /// <summary>A <c>By …</c> line made from the front matter's author.</summary>
    FrontMatterByline,
}

/// <summary>One block of the plain text rendered from Markdown: where it is and what it was.</summary>
/// <param name="Start">Its first character in the rendered text.</param>
/// <param name="Length">Its length.</param>
/// <param name="Kind">What it was in the Markdown.</param>
/// <param name="HeadingLevel">1 to 6 for headings, else 0.</param>
/// <param name="LinkChars">How many of its characters were link text (images' alt text not counted).</param>
internal readonly record struct MarkdownBlock(int Start, int Length, MarkdownBlockKind Kind, int HeadingLevel, int LinkChars)
{
    /// <summary>Its end in the rendered text.</summary>
    public int End => Start + Length;

    /// <summary>The share of its characters that were link text.</summary>
    public double LinkShare => Length == 0 ? 0 : (double)LinkChars / Length;
}

/// <summary>
/// The plain text rendered from a Markdown document, with what the Markdown said of each block of it and what its
/// front matter said of the article.
/// </summary>
/// <param name="Text">The plain text: one block per line (code blocks and hard line breaks keep their lines), blocks separated by a blank line.</param>
/// <param name="Blocks">The blocks, in text order.</param>
/// <param name="Title">The block that is the article's headline by its markup (the front matter's title, else the first level-1 heading), or -1.</param>
/// <param name="Published">The front matter's date, if it gave one.</param>
/// <param name="Warning">What the analysis should say of how the Markdown was read (nesting past the parser's limit), or null.</param>
internal sealed record MarkdownRendering(string Text, IReadOnlyList<MarkdownBlock> Blocks, int Title, DateOnly? Published, string? Warning = null);
