using CsvHelper;
using TextInsight.Internals;

namespace TextInsight.Cli.Input;

/// <summary>
/// Reads a delimited file (with a header row) as one document per row, streaming: a <c>.csv</c>, <c>.tsv</c> or
/// <c>.tab</c> file, with the delimiter <see cref="Delimiters.Choose(InputFile, InputOptions)"/> gives. A tab-delimited
/// file is read by <see cref="TsvRowReader"/> (quotes only where they close cleanly, linear-TSV escapes), any other by
/// CsvHelper under RFC 4180 with that delimiter.
/// </summary>
internal static partial class CsvDocumentReader
{
    /// <summary>
    /// Whether the file lacks a column the options need: the text column, or an id column named explicitly; the error
    /// then names the file and lists the columns there are. A file that cannot be read, or has no header row, is
    /// reported when it is read.
    /// </summary>
    public static DocumentError? MissingColumn(InputFile file, InputOptions options)
    {
        var (delimiter, error) = Delimiters.Choose(file, options);
        if (error is not null)
        {
            return error;
        }

        IReadOnlyList<string> headers;
        try
        {
            using var stream = DocumentReader.Open(file);
            if (delimiter == '\t')
            {
                using var text = new StreamReader(stream, new System.Text.UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                var rows = new TsvRowReader(text, delimiter, options.TsvEscapes, (int)MaxRowBytes(options));
                headers = rows.Read() == TsvRead.Row ? [.. rows.Fields] : [];
            }
            else
            {
                using var csv = CsvReader.Create(stream, Options(null, MaxRowBytes(options), delimiter), leaveOpen: false);
                headers = csv.Headers ?? [];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or CsvFormatException)
        {
            return null;
        }

        return MissingColumn(file, headers, options);
    }

    /// <summary>The error for a header without a column the options name, or <see langword="null"/>.</summary>
    internal static DocumentError? MissingColumn(InputFile file, IReadOnlyList<string> headers, InputOptions options)
    {
        if (headers.Count == 0)
        {
            return null;
        }

        string columns = string.Join(", ", headers);
        if (IndexOf(headers, options.TextColumn) < 0)
        {
            return new DocumentError(
                ErrorCodes.MissingTextField,
                $"{file.Source}: there is no column '{options.TextColumn}' for the text; the columns are: {columns}. Name the text column with --text-column.");
        }

        if (options.IdColumnGiven && IndexOf(headers, options.IdColumn) < 0)
        {
            return new DocumentError(
                ErrorCodes.MissingIdField,
                $"{file.Source}: there is no column '{options.IdColumn}' for the id; the columns are: {columns}. Name the id column with --id-column.");
        }

        if (options.TitleColumn is { } title && IndexOf(headers, title) < 0)
        {
            return new DocumentError(
                ErrorCodes.MissingTitleField,
                $"{file.Source}: there is no column '{title}' for the title; the columns are: {columns}. Name the title column with --title-column.");
        }

        if (options.DateColumn is { } date && IndexOf(headers, date) < 0)
        {
            return new DocumentError(
                ErrorCodes.MissingDateField,
                $"{file.Source}: there is no column '{date}' for the publication date; the columns are: {columns}. Name the date column with --date-column.");
        }

        return null;
    }

    /// <summary>Reads the rows of <paramref name="file"/>; every row yields one document or one error.</summary>
    /// <param name="file">The CSV file.</param>
    /// <param name="options">Columns and limits.</param>
    /// <param name="progress">Told the position in the file on disk after each row.</param>
    public static IEnumerable<DocumentInput> Read(InputFile file, InputOptions options, Action<long> progress)
    {
        var (delimiter, error) = Delimiters.Choose(file, options);
        if (error is not null)
        {
            return [DocumentInput.Failed(file.Source, error.Code, error.Message)];
        }

        var opened = DocumentReader.OpenStreamed(file, out var unreadable);
        if (opened is null)
        {
            return [unreadable!];
        }

        var (disk, stream) = opened.Value;

        return delimiter == '\t'
            ? ReadTsvRows(file, options, progress, disk, stream, delimiter)
            : ReadRows(file, options, progress, disk, stream, delimiter);
    }

    private static IEnumerable<DocumentInput> ReadRows(InputFile file, InputOptions options, Action<long> progress, FileStream disk, Stream stream, char delimiter)
    {
        CsvHelper.CsvMalformedRecord? malformed = null;
        CsvReader? csv = null;
        string? openError = null;
        try
        {
            csv = CsvReader.Create(stream, Options(m => malformed = m, MaxRowBytes(options), delimiter), leaveOpen: false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or CsvFormatException)
        {
            openError = ex.Message;
        }

        if (csv is null)
        {
            stream.Dispose();
            yield return DocumentInput.Failed(file.Source, ErrorCodes.Unreadable, $"{file.Source}: cannot be read as CSV: {openError}");
            yield break;
        }

        using (csv)
        {
            var headers = csv.Headers ?? [];
            int textIndex = IndexOf(headers, options.TextColumn);
            int idIndex = IndexOf(headers, options.IdColumn);
            int titleIndex = options.TitleColumn is { } titleColumn ? IndexOf(headers, titleColumn) : -1;
            int dateIndex = options.DateColumn is { } dateColumn ? IndexOf(headers, dateColumn) : -1;
            if (headers.Count == 0)
            {
                yield return DocumentInput.Failed(file.Source, ErrorCodes.EmptyDocument, $"{file.Source}: the CSV file is empty (no header row).");
                yield break;
            }

            // Checked here too for a CSV file met inside a folder, which is not checked before the run.
            if (MissingColumn(file, headers, options) is { } missing)
            {
                yield return DocumentInput.Failed(file.Source, missing.Code, missing.Message);
                yield break;
            }

            while (true)
            {
                bool more;
                string? readError = null;
                CsvFormatException? tooLong = null;
                try
                {
                    more = csv.Read();
                }
                catch (CsvFormatException ex) when (ex.RecordNumber > 0)
                {
                    // With these options (quoting recovered, field counts allowed, no mapping), a record is refused
                    // only when it outgrows MaxRowBytes: nothing after it can be trusted, so the file ends here.
                    more = false;
                    readError = ex.Message;
                    tooLong = ex;
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or CsvFormatException)
                {
                    more = false;
                    readError = ex.Message;
                }

                if (readError is not null)
                {
                    yield return tooLong is { } over
                        ? TooLongRow(file, over, options)
                        : DocumentInput.Failed($"{file.Source}#?", ErrorCodes.Unreadable, $"{file.Source}: reading stopped after row {csv.RowNumber}: {readError}");
                    yield break;
                }

                if (!more)
                {
                    yield break;
                }

                long row = csv.RowNumber;
                string fallbackId = $"{file.Source}#{row}";
                string source = idIndex >= 0 && idIndex < csv.FieldCount && csv.GetString(idIndex) is { Length: > 0 } id ? id : fallbackId;
                progress(SafePosition(disk));
                if (malformed is { } bad)
                {
                    malformed = null;
                    string reason = bad.Reason.ToString();
                    string message = reason == "UnterminatedQuote"
                        ? $"{source}: row {row} (line {bad.LineNumber}) of {file.Source} opens a quote that is never closed, so the rest of the file was read into this row; close the quote and run again."
                        : $"{source}: row {row} (line {bad.LineNumber}) of {file.Source} is malformed ({reason}): a quote inside an unquoted field; quote the field and double the inner quotes.";
                    yield return DocumentInput.Failed(source, ErrorCodes.CsvBadQuote, message);
                    continue;
                }

                if (csv.FieldCount != headers.Count)
                {
                    yield return DocumentInput.Failed(
                        source,
                        ErrorCodes.CsvBadRow,
                        $"{source}: row {row} (line {csv.LineNumber}) of {file.Source} has {csv.FieldCount} fields but the header has {headers.Count}.");
                    continue;
                }

                yield return ToDocument(
                    source,
                    csv.GetString(textIndex),
                    titleIndex >= 0 ? csv.GetString(titleIndex) : null,
                    dateIndex >= 0 ? csv.GetString(dateIndex) : null,
                    options);
            }
        }
    }

    /// <summary>The document of a row whose cells have been read: its text, and its title and date cells when those columns are named.</summary>
    private static DocumentInput ToDocument(string source, string text, string? titleCell, string? dateCell, InputOptions options)
    {
        if ((long)text.Length * 2 > options.MaxDocumentBytes && System.Text.Encoding.UTF8.GetByteCount(text) > options.MaxDocumentBytes)
        {
            return DocumentReader.TooLarge(source, System.Text.Encoding.UTF8.GetByteCount(text), options.MaxDocumentBytes, atLeast: false);
        }

        string? title = titleCell is { } cell && !string.IsNullOrWhiteSpace(cell) ? cell : null;
        var document = DocumentInput.FromText(source, text) with { Title = title };
        if (dateCell is not null)
        {
            if (PublicationDateReader.TryRead(dateCell, options.DateFormat, out var published, out string? problem))
            {
                document = document with { Published = published };
            }
            else if (problem is not null)
            {
                document = document with { Warnings = [PublicationDateReader.Warning("column", options.DateColumn!, dateCell, problem)] };
            }
        }

        return DocumentReader.WithFormat(document, InputKind.Text);
    }

    /// <summary>
    /// The longest CSV row read, in bytes of input: four times the document limit (64 MB by default). A quote that is
    /// never closed makes the rest of the file one row; past this the reader stops growing its buffer for it, and the
    /// file ends with a <see cref="ErrorCodes.TooLarge"/> record for that row instead of taking memory without bound.
    /// </summary>
    internal static long MaxRowBytes(InputOptions options) => Math.Min(options.MaxDocumentBytes * 4, int.MaxValue / 2);

    private static DocumentInput TooLongRow(InputFile file, CsvFormatException ex, InputOptions options)
    {
        // RecordNumber counts the header row; rows are numbered from the first data row, as in fallback sources.
        long row = ex.RecordNumber - 1;
        string source = $"{file.Source}#{row}";
        string line = ex.LineNumber > 0 ? $" (line {ex.LineNumber})" : string.Empty;
        return DocumentInput.Failed(
            source,
            ErrorCodes.TooLarge,
            $"{source}: row {row}{line} of {file.Source} is longer than {Megabytes(MaxRowBytes(options))}, the limit for a CSV row (4 × --max-document-mb), most likely because a quote opened there is never closed; the rest of the file is not read. Close the quote, or raise the limit with --max-document-mb.");
    }

    private static string Megabytes(long bytes) => bytes >= 1048576
        ? (bytes / 1048576.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes";

    private static CsvReaderOptions Options(Action<CsvHelper.CsvMalformedRecord>? onMalformed, long maxRowBytes, char delimiter) => new()
    {
        HasHeader = true,
        Separator = delimiter,
        MaxRecordSize = (int)maxRowBytes,
        TrackLineNumbers = true,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        AllowLineBreaksInQuotes = true,
        OnMalformedRecord = onMalformed,
    };

    private static int IndexOf(IReadOnlyList<string> headers, string name)
    {
        for (int i = 0; i < headers.Count; i++)
        {
            if (headers[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static long SafePosition(FileStream disk)
    {
        try
        {
            return disk.Position;
        }
        catch (ObjectDisposedException)
        {
            return 0;
        }
    }
}
