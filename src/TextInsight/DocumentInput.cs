namespace TextInsight;

/// <summary>
/// One document of a batch for <see cref="TextAnalyzer.AnalyzeManyAsync(IAsyncEnumerable{DocumentInput}, BatchOptions?, CancellationToken)"/>:
/// its content, or the error met while reading it (which the batch passes through as an error result).
/// </summary>
public sealed record DocumentInput
{
    /// <summary>Where the document came from: a relative path or a row id.</summary>
    public required string Source { get; init; }

    /// <summary>The document's text, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public string? Content { get; init; }

    /// <summary>How <see cref="Content"/> is written.</summary>
    public DocumentFormat Format { get; init; }

    /// <summary>
    /// The document's title when it is known apart from <see cref="Content"/> (a CSV column, a JSON Lines field, a feed
    /// item's title), or <see langword="null"/>. When it holds text, the analysis takes it as the title and
    /// <see cref="Content"/> as the body: plain text as by <see cref="Structure.ArticleParser.ParseWithTitle(string, string)"/>
    /// (the record's text is the title, a blank line, then the body), HTML as by
    /// <see cref="Structure.HtmlArticleParser.Parse(string, string?)"/>; its entities are title mentions. Empty or white
    /// space is as <see langword="null"/>: the title is read from the content.
    /// </summary>
    public string? Title { get; init; }

    /// <summary>
    /// The document's publication date when it is known apart from <see cref="Content"/> (a CSV column, a JSON Lines
    /// field, a feed item's date, a crawler's record), or <see langword="null"/>. When set, it is
    /// <see cref="ArticleAnalysis.Published"/> in place of any date read from the content (a dateline, a date line, HTML
    /// metadata, Markdown front matter), and relative dates in the text (<c>yesterday</c>, <c>on Tuesday</c>,
    /// <c>last month</c>, <c>May 3</c>) resolve against it. A calendar date, not an instant: from a
    /// <see cref="DateTimeOffset"/> take the date as written where the article was published
    /// (<c>DateOnly.FromDateTime(published.DateTime)</c>), not its UTC date.
    /// </summary>
    public DateOnly? Published { get; init; }

    /// <summary>Notes from reading the document (for example a fallback decoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The error met while reading the document, if any.</summary>
    public DocumentError? Error { get; init; }

    /// <summary>A plain-text document.</summary>
    /// <param name="source">The document's name in its result and error messages.</param>
    /// <param name="text">The text; <see langword="null"/> is taken as empty (an <c>empty_document</c> result in a batch).</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is <see langword="null"/>.</exception>
    public static DocumentInput FromText(string source, string text)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new() { Source = source, Content = text };
    }

    /// <summary>A document that could not be read.</summary>
    public static DocumentInput Failed(string source, string code, string message) =>
        new() { Source = source, Error = new DocumentError(code, message) };
}
