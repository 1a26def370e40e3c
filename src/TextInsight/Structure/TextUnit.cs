namespace TextInsight.Structure;

/// <summary>How a unit of plain text is marked up as a heading, if at all.</summary>
internal enum HeadingMarkup : byte
{
    None,

    /// <summary>A Markdown <c>#</c> heading; the unit's span excludes the markers.</summary>
    Atx,

    /// <summary>A line underlined with <c>===</c> or <c>---</c>; the unit's span is the text line only.</summary>
    Setext,
}

/// <summary>What a unit of plain text turned out to be.</summary>
internal enum UnitRole : byte
{
    Content,
    Title,
    Metadata,
    Heading,
    Boilerplate,
}

/// <summary>
/// One candidate block of an article: a line, or lines of a hard-wrapped paragraph joined, with the
/// surface features the parser decides on. Mutable on purpose: the parser fills in the role in place.
/// </summary>
internal struct TextUnit
{
    public int Start;
    public int End;
    public int LineCount;
    public HeadingMarkup Markup;

    /// <summary>
    /// A heading by the markup of a source the text was rendered from (Markdown), not by a marker in the text: such a
    /// unit is a heading where it stays in the body, but the model and the boilerplate rules judge it as a line.
    /// </summary>
    public bool MarkedHeading;

    public int Words;
    public int CapitalWords;
    public int LowerWords;
    public int Letters;
    public int Digits;
    public int Pipes;
    public int CrumbSeparators;

    /// <summary>Ends with <c>.</c>, <c>!</c>, <c>?</c> or <c>…</c>, possibly inside closing quotes or brackets.</summary>
    public bool EndsSentence;

    /// <summary>Ends with a question mark (so may still be a headline or heading).</summary>
    public bool EndsQuestion;

    /// <summary>Ends with any punctuation that a heading does not end with (<c>. , ; : !</c> …).</summary>
    public bool EndsClause;

    /// <summary>The first letter or digit is an upper-case letter or a digit.</summary>
    public bool StartsUpper;

    /// <summary>Starts with a list marker (<c>-</c>, <c>*</c>, <c>•</c>, <c>1.</c>).</summary>
    public bool IsListItem;

    /// <summary>Only a number, such as <c>0</c>, <c>12</c>, <c>1.2K</c> or <c>29,603</c>.</summary>
    public bool IsNumber;

    /// <summary>A strong boilerplate signal found in the unit itself, or null.</summary>
    public BoilerplateKind? Signal;

    /// <summary>
    /// Whether the unit was read as a byline or date line (<see cref="ArticleMetadataReader.TryReadLine"/>): 1 yes, -1 no,
    /// 0 not read yet. Filled by the parser once for the model's features and its own rules.
    /// </summary>
    public sbyte MetadataLine;

    public UnitRole Role;
    public BoilerplateKind Kind;

    public readonly int Length => End - Start;

    public readonly TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Share of words that start with a capital letter.</summary>
    public readonly double CapitalShare => Words == 0 ? 0 : (double)CapitalWords / Words;

    /// <summary>Reads like running prose: long, or a sentence of some length not written in title case.</summary>
    public readonly bool IsProse =>
        Signal is null && Markup == HeadingMarkup.None && !MarkedHeading && !IsNumber
        && (Words >= 25 || (EndsSentence && !EndsQuestion && Words >= 8 && CapitalShare < 0.6));

    /// <summary>Could be a heading or a headline by its form alone: short, no closing punctuation, capitalised.</summary>
    public readonly bool IsHeadlineLike =>
        StartsUpper && !IsListItem && !IsNumber && !EndsClause && Words is >= 1 and <= 16 && Length <= 120 && Letters > Digits;

    /// <summary>A body paragraph that a heading may introduce.</summary>
    public readonly bool IsBodyParagraph =>
        Markup == HeadingMarkup.None && !MarkedHeading && !IsNumber && (Words >= 15 || (EndsSentence && Words >= 6));
}
