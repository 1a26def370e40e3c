namespace TextInsight.Cli.Input;

/// <summary>How inputs are read.</summary>
internal sealed record InputOptions
{
    /// <summary>The CSV column or JSON Lines field that holds the text.</summary>
    public string TextColumn { get; init; } = "text";

    /// <summary>The CSV column or JSON Lines field that names each row; row numbers when absent.</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>
    /// The CSV column or JSON Lines field that holds each document's title (<c>--title-column</c>), or <see langword="null"/>:
    /// then no column is read as the title, whatever the columns are called, and the title is read from the text.
    /// </summary>
    public string? TitleColumn { get; init; }

    /// <summary>
    /// The CSV column or JSON Lines field that holds each document's publication date (<c>--date-column</c>), or
    /// <see langword="null"/>: then the date is read from the text (a dateline, HTML metadata), as without a column.
    /// </summary>
    public string? DateColumn { get; init; }

    /// <summary>The .NET custom format of the date column's values (<c>--date-format</c>), read before the usual forms; or <see langword="null"/>.</summary>
    public string? DateFormat { get; init; }

    /// <summary>Whether the text column was given explicitly (then a CSV without it is a usage error).</summary>
    public bool TextColumnGiven { get; init; }

    /// <summary>Whether the id column was given explicitly (then a CSV without it is a usage error).</summary>
    public bool IdColumnGiven { get; init; }

    /// <summary>
    /// The field delimiter of CSV and TSV files (<c>--delimiter</c>), or <see langword="null"/>: then each file's is
    /// chosen from its header line (<see cref="Delimiters"/>).
    /// </summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Whether the unquoted fields of tab-delimited files have their backslash escapes read (<c>\t</c>, <c>\n</c>,
    /// <c>\r</c>, <c>\\</c>, and <c>\N</c> as empty), as linear TSV writes them; <c>--no-tsv-escapes</c> turns it off.
    /// </summary>
    public bool TsvEscapes { get; init; } = true;

    /// <summary>Documents larger than this many bytes (after decompression) are errors, not analyses.</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;
}
