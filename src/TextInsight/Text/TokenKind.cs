namespace TextInsight.Text;

/// <summary>What a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (of any script), with inner apostrophes, hyphens and periods of abbreviations.</summary>
    Word,
    /// <summary>Digits with decimal and thousands separators (<c>1.5</c>, <c>1,500,000</c>), times and dates.</summary>
    Number,
    /// <summary>A currency symbol or prefixed symbol (<c>$</c>, <c>€</c>, <c>US$</c>).</summary>
    Currency,
    /// <summary>A percent sign.</summary>
    Percent,
    /// <summary>Sentence and clause punctuation, quotes, brackets and dashes.</summary>
    Punctuation,
    /// <summary>Any other symbol.</summary>
    Symbol,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag (<c>#news</c>).</summary>
    Hashtag,
    /// <summary>A user mention (<c>@name</c>).</summary>
    Mention,
    /// <summary>An emoji, with its modifiers and joiners.</summary>
    Emoji,
}
