using System.Text;
using TextInsight.Internals;

namespace TextInsight.Cli.Input;

/// <summary>The rows of a tab-delimited file (<see cref="TsvRowReader"/>), with every guarantee of the CSV rows.</summary>
internal static partial class CsvDocumentReader
{
    private static IEnumerable<DocumentInput> ReadTsvRows(InputFile file, InputOptions options, Action<long> progress, FileStream disk, Stream stream, char delimiter)
    {
        using var text = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var rows = new TsvRowReader(text, delimiter, options.TsvEscapes, (int)MaxRowBytes(options));
        TsvRead read;
        string? readError = null;
        try
        {
            read = rows.Read();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            read = TsvRead.End;
            readError = ex.Message;
        }

        if (readError is not null)
        {
            yield return DocumentInput.Failed(file.Source, ErrorCodes.Unreadable, $"{file.Source}: cannot be read as TSV: {readError}");
            yield break;
        }

        if (read != TsvRead.Row)
        {
            yield return DocumentInput.Failed(file.Source, ErrorCodes.EmptyDocument, $"{file.Source}: the TSV file is empty (no header row).");
            yield break;
        }

        string[] headers = [.. rows.Fields];
        if (MissingColumn(file, headers, options) is { } missing)
        {
            yield return DocumentInput.Failed(file.Source, missing.Code, missing.Message);
            yield break;
        }

        int textIndex = IndexOf(headers, options.TextColumn);
        int idIndex = IndexOf(headers, options.IdColumn);
        int titleIndex = options.TitleColumn is { } titleColumn ? IndexOf(headers, titleColumn) : -1;
        int dateIndex = options.DateColumn is { } dateColumn ? IndexOf(headers, dateColumn) : -1;
        rows.ExpectedFields = headers.Length;
        long row = 0;
        while (true)
        {
            try
            {
                read = rows.Read();
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                readError = ex.Message;
            }

            if (readError is not null)
            {
                yield return DocumentInput.Failed($"{file.Source}#?", ErrorCodes.Unreadable, $"{file.Source}: reading stopped after row {row}: {readError}");
                yield break;
            }

            if (read == TsvRead.End)
            {
                yield break;
            }

            row++;
            var fields = rows.Fields;
            string fallbackId = $"{file.Source}#{row}";
            string source = read == TsvRead.Row && idIndex >= 0 && idIndex < fields.Count && fields[idIndex] is { Length: > 0 } id ? id : fallbackId;
            progress(SafePosition(disk));
            switch (read)
            {
                case TsvRead.TooLong:
                    yield return DocumentInput.Failed(
                        source,
                        ErrorCodes.TooLarge,
                        $"{source}: row {row} (line {rows.LineNumber}) of {file.Source} is longer than {Megabytes(MaxRowBytes(options))}, the limit for a row (4 × --max-document-mb); it was skipped, and the rows after it are read. Raise the limit with --max-document-mb.");
                    continue;
                case TsvRead.UnclosedQuote:
                    yield return DocumentInput.Failed(
                        source,
                        ErrorCodes.CsvBadQuote,
                        $"{source}: row {row} (line {rows.LineNumber}) of {file.Source} opens a quote that is never closed, and read with the quote as a character the row has {fields.Count} fields but the header has {headers.Length}; the rest of the file is not read. Close the quote, or double it inside a quoted field, and run again.");
                    yield break;
            }

            if (fields.Count != headers.Length)
            {
                yield return DocumentInput.Failed(
                    source,
                    ErrorCodes.CsvBadRow,
                    $"{source}: row {row} (line {rows.LineNumber}) of {file.Source} has {fields.Count} fields but the header has {headers.Length}.");
                continue;
            }

            yield return ToDocument(
                source,
                fields[textIndex],
                titleIndex >= 0 ? fields[titleIndex] : null,
                dateIndex >= 0 ? fields[dateIndex] : null,
                options);
        }
    }
}
