using System.Collections.Immutable;

namespace TextInsight.Orleans;

/// <summary>One document of a <see cref="DocumentBatch"/>: a <see cref="DocumentInput"/> in a form Orleans serializes.</summary>
[GenerateSerializer]
[Immutable]
[Alias("TextInsight.BatchDocument")]
public sealed record BatchDocument
{
    /// <summary>Where the document came from: a relative path or a row id.</summary>
    [Id(0)]
    public required string Source { get; init; }

    /// <summary>The document's text, or <see langword="null"/> when it could not be read.</summary>
    [Id(1)]
    public string? Content { get; init; }

    /// <summary>Whether <see cref="Content"/> is an HTML page.</summary>
    [Id(2)]
    public bool IsHtml { get; init; }

    /// <summary>Whether <see cref="Content"/> is Markdown (a field of its own, so that silos of an older build still read batches).</summary>
    [Id(6)]
    public bool IsMarkdown { get; init; }

    /// <summary>Notes from reading the document.</summary>
    [Id(3)]
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The code of the error met while reading the document, if any.</summary>
    [Id(4)]
    public string? ErrorCode { get; init; }

    /// <summary>The message of the error met while reading the document, if any.</summary>
    [Id(5)]
    public string? ErrorMessage { get; init; }

    /// <summary>The document's title when it is known apart from its content (see <see cref="DocumentInput.Title"/>).</summary>
    [Id(7)]
    public string? Title { get; init; }

    /// <summary>
    /// The document's publication date when it is known apart from its content (see <see cref="DocumentInput.Published"/>);
    /// a field of its own, so that silos of an older build still read batches (they analyze without it).
    /// </summary>
    [Id(8)]
    public DateOnly? Published { get; init; }

    /// <summary>The size of the document on the wire, in characters; what batches are cut by.</summary>
    public int Length => (Content?.Length ?? 0) + (Title?.Length ?? 0) + Source.Length;

    /// <summary>Converts a batch input.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static BatchDocument From(DocumentInput document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new BatchDocument
        {
            Source = document.Source,
            Content = document.Content,
            IsHtml = document.Format == DocumentFormat.Html
                || (document.Format == DocumentFormat.Auto && document.Content is { } content && DocumentFormatDetector.Detect(content) == DocumentFormat.Html),
            IsMarkdown = document.Format == DocumentFormat.Markdown,
            Title = document.Title,
            Published = document.Published,
            Warnings = [.. document.Warnings],
            ErrorCode = document.Error?.Code,
            ErrorMessage = document.Error?.Message,
        };
    }

    /// <summary>The batch input this document stands for.</summary>
    public DocumentInput ToInput() => new()
    {
        Source = Source,
        Content = Content,
        Format = IsHtml ? DocumentFormat.Html : IsMarkdown ? DocumentFormat.Markdown : DocumentFormat.PlainText,
        Title = Title,
        Published = Published,
        Warnings = Warnings.IsDefaultOrEmpty ? [] : Warnings,
        Error = ErrorCode is { } code ? new DocumentError(code, ErrorMessage ?? Source) : null,
    };
}
