namespace TextInsight;

/// <summary>
/// A range of UTF-16 code units in the analyzed text. Every token, sentence, paragraph, section,
/// entity mention and summary sentence of an <see cref="ArticleAnalysis"/> is a span over
/// <see cref="ArticleAnalysis.Text"/>; nothing is copied or normalized in place.
/// </summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index one past the last code unit (<c>Start + Length</c>).</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and its exclusive end.</summary>
    /// <param name="start">Index of the first code unit.</param>
    /// <param name="end">Index one past the last code unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> text) => text.Slice(Start, Length);

    /// <summary>The characters of <paramref name="text"/> this span covers, as a new string.</summary>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }
}
