namespace TextInsight.Structure.Html;

/// <summary>What the block collector learned of one element: where it is, how much text and link text it holds, which blocks.</summary>
internal sealed class HtmlElementInfo
{
    /// <summary>How deep the element is below the body (the body is 0).</summary>
    public int Depth { get; init; }

    /// <summary>The class, id and role hint: positive for content-like, negative for boilerplate-like.</summary>
    public int Weight { get; init; }

    /// <summary>Whether the element, by tag, role or hint, looks like boilerplate.</summary>
    public bool IsNegative { get; init; }

    /// <summary>Whether it or an ancestor looks like boilerplate (<see cref="IsNegative"/>).</summary>
    public bool UnderNegative { get; init; }

    /// <summary>Whether it or an ancestor carries a content hint (a positive <see cref="Weight"/>).</summary>
    public bool UnderPositive { get; init; }

    /// <summary>
    /// Whether the element or an ancestor is a side column by its hint: negative overall and named a sidebar or rail,
    /// or an <c>&lt;aside&gt;</c> or complementary region (see <see cref="HtmlHints.IsSideColumn"/>).
    /// </summary>
    public bool UnderSideColumn { get; init; }

    /// <summary>Whether it or an ancestor is named as a comment thread by class or id.</summary>
    public bool UnderComment { get; init; }

    /// <summary>Whether it sits inside a table cell.</summary>
    public bool InTable { get; init; }

    /// <summary>Whether it sits inside a list.</summary>
    public bool InList { get; init; }

    /// <summary>The index of its first block.</summary>
    public int FirstBlock { get; init; }

    /// <summary>One past the index of its last block.</summary>
    public int EndBlock { get; set; }

    /// <summary>Non-space characters of text inside it.</summary>
    public int Chars { get; set; }

    /// <summary>Non-space characters of link text inside it.</summary>
    public int LinkChars { get; set; }

    /// <summary>Commas in the text inside it.</summary>
    public int Commas { get; set; }

    /// <summary>The content score the extractor gave it.</summary>
    public double Score { get; set; }

    /// <summary>Whether the extractor has scored it.</summary>
    public bool Scored { get; set; }

    /// <summary>The share of its text inside links.</summary>
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
