namespace TextInsight.Text;

/// <summary>A token: a span of the tokenized text and its kind.</summary>
/// <param name="Start">Index of the first UTF-16 code unit.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Index one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The span of the token.</summary>
    public TextSpan Span => new(Start, Length);
}
