using AngleSharp.Dom;

namespace TextInsight.Structure.Html;

/// <summary>
/// A run of text that the page shows as one block (a paragraph, a heading, a list item, a cell, or text straight in a
/// container), with what the extractor needs to judge it.
/// </summary>
internal sealed class HtmlBlock
{
    public HtmlBlock(string text, int linkChars, HtmlBlockKind kind, int headingLevel, IElement owner, int ownerDepth)
    {
        Text = text;
        LinkChars = linkChars;
        Kind = kind;
        HeadingLevel = headingLevel;
        Owner = owner;
        OwnerDepth = ownerDepth;
    }

    /// <summary>The text, white space collapsed and trimmed.</summary>
    public string Text { get; }

    /// <summary>How many of its characters are link text.</summary>
    public int LinkChars { get; }

    /// <summary>What kind of block the page made it.</summary>
    public HtmlBlockKind Kind { get; }

    /// <summary>1 to 6 for headings, else 0.</summary>
    public int HeadingLevel { get; }

    /// <summary>The nearest block-level element holding the text.</summary>
    public IElement Owner { get; }

    /// <summary>How deep <see cref="Owner"/> is below the body.</summary>
    public int OwnerDepth { get; }

    /// <summary>The share of the text inside links.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
