namespace TextInsight;

/// <summary>The stable codes of <see cref="DocumentError"/>.</summary>
public static class ErrorCodes
{
    /// <summary>The document has no text at all.</summary>
    public const string EmptyDocument = "empty_document";
    /// <summary>The document has only white space.</summary>
    public const string WhitespaceOnly = "whitespace_only";
    /// <summary>The document is larger than the configured limit.</summary>
    public const string TooLarge = "too_large";
    /// <summary>The file holds binary data (NUL bytes), not text.</summary>
    public const string BinaryContent = "binary_content";
    /// <summary>The input path does not exist.</summary>
    public const string NotFound = "not_found";
    /// <summary>The input could not be read (permissions, I/O error, corrupt compression).</summary>
    public const string Unreadable = "unreadable";
    /// <summary>A folder holds no file of a supported kind.</summary>
    public const string NoDocuments = "no_documents";
    /// <summary>The file's kind is not supported.</summary>
    public const string UnsupportedFormat = "unsupported_format";
    /// <summary>A CSV row has a different number of fields than the header.</summary>
    public const string CsvBadRow = "csv_bad_row";
    /// <summary>A CSV field has an unterminated or misplaced quote.</summary>
    public const string CsvBadQuote = "csv_bad_quote";
    /// <summary>A CSV or TSV file's header line has the columns the options name when split by more than one delimiter, and <c>--delimiter</c> does not say which.</summary>
    public const string AmbiguousDelimiter = "ambiguous_delimiter";
    /// <summary>A JSON Lines line is not a valid JSON object.</summary>
    public const string JsonMalformed = "json_malformed";
    /// <summary>A feed file is not well-formed XML (or breaks off part-way: its items before the fault are read).</summary>
    public const string XmlMalformed = "xml_malformed";
    /// <summary>A CSV row or JSON Lines object lacks the text field.</summary>
    public const string MissingTextField = "missing_text_field";
    /// <summary>A CSV file lacks the id column named explicitly (<c>--id-column</c>).</summary>
    public const string MissingIdField = "missing_id_field";
    /// <summary>A CSV file lacks the title column named by <c>--title-column</c>.</summary>
    public const string MissingTitleField = "missing_title_field";

    /// <summary>A CSV file lacks the publication date column named by <c>--date-column</c>.</summary>
    public const string MissingDateField = "missing_date_field";
    /// <summary>The analysis itself failed.</summary>
    public const string AnalysisFailed = "analysis_failed";
    /// <summary>The analysis took longer than the per-document time limit.</summary>
    public const string Timeout = "timeout";
}
