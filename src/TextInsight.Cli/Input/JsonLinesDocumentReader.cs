using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using TextInsight.Internals;

namespace TextInsight.Cli.Input;

/// <summary>Reads a JSON Lines file as one document per non-blank line, streaming.</summary>
internal static class JsonLinesDocumentReader
{
    /// <summary>Reads the lines of <paramref name="file"/>; every non-blank line yields one document or one error.</summary>
    public static async IAsyncEnumerable<DocumentInput> ReadAsync(
        InputFile file,
        InputOptions options,
        Action<long> progress,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var opened = DocumentReader.OpenStreamed(file, out var unreadable);
        if (opened is null)
        {
            yield return unreadable!;
            yield break;
        }

        var (disk, stream) = opened.Value;

        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lines = new BoundedLineReader(reader, MaxLineChars(options));
        long lineNumber = 0;
        while (true)
        {
            string? line;
            long length = 0;
            string? error = null;
            try
            {
                (line, length) = await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                line = null;
                error = ex.Message;
            }

            if (error is not null)
            {
                yield return DocumentInput.Failed($"{file.Source}:{lineNumber + 1}", ErrorCodes.Unreadable, $"{file.Source}: reading stopped at line {lineNumber + 1}: {error}");
                yield break;
            }

            if (line is null && length < 0)
            {
                yield break;
            }

            lineNumber++;
            if (line is null)
            {
                progress(disk.CanSeek ? disk.Position : 0);
                string source = $"{file.Source}:{lineNumber}";
                yield return DocumentInput.Failed(
                    source,
                    ErrorCodes.TooLarge,
                    $"{source}: line {lineNumber} of {file.Source} has {length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, over the limit for a JSON Lines line ({MaxLineChars(options).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters: 4 × --max-document-mb); it was skipped and the next lines are read. Raise the limit with --max-document-mb.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            progress(disk.CanSeek ? disk.Position : 0);
            yield return Parse(file.Source, lineNumber, line, options);
        }
    }

    /// <summary>
    /// The longest JSON Lines line kept, in characters: four times the document limit (64 M by default), as for a CSV
    /// row; a longer line is kept only up to the limit while it is read, then dropped, and is that line's error record.
    /// </summary>
    internal static int MaxLineChars(InputOptions options) => (int)CsvDocumentReader.MaxRowBytes(options);

    /// <summary>Turns one line into a document or an error.</summary>
    internal static DocumentInput Parse(string file, long lineNumber, string line, InputOptions options)
    {
        try
        {
            return ParseObject(file, lineNumber, line, options);
        }
        catch (InvalidOperationException ex)
        {
            // Valid JSON can escape a lone surrogate half (\ud800), which is no text: GetString refuses it. Without this
            // the exception escaped the reader and ended the whole batch.
            string fallback = $"{file}:{lineNumber}";
            return DocumentInput.Failed(fallback, ErrorCodes.JsonMalformed, $"{fallback}: line {lineNumber} of {file} holds a string that is not valid text: {ex.Message}");
        }
    }

    private static DocumentInput ParseObject(string file, long lineNumber, string line, InputOptions options)
    {
        string fallback = $"{file}:{lineNumber}";
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return DocumentInput.Failed(fallback, ErrorCodes.JsonMalformed, $"{fallback}: line {lineNumber} of {file} is not valid JSON: {ex.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return DocumentInput.Failed(fallback, ErrorCodes.JsonMalformed, $"{fallback}: line {lineNumber} of {file} is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object.");
            }

            string source = root.TryGetProperty(options.IdColumn, out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? (id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText())
                : fallback;
            if (source.Length == 0)
            {
                source = fallback;
            }

            if (!root.TryGetProperty(options.TextColumn, out var text) || text.ValueKind != JsonValueKind.String)
            {
                return DocumentInput.Failed(
                    source,
                    ErrorCodes.MissingTextField,
                    $"{source}: line {lineNumber} of {file} has no string field '{options.TextColumn}'; name the text field with --text-column.");
            }

            string content = text.GetString()!;
            if (Encoding.UTF8.GetByteCount(content) > options.MaxDocumentBytes)
            {
                return DocumentReader.TooLarge(source, Encoding.UTF8.GetByteCount(content), options.MaxDocumentBytes, atLeast: false);
            }

            var document = DocumentInput.FromText(source, content);
            if (options.TitleColumn is { } titleField)
            {
                // JSON Lines has no header to check the field against: a line without it says so in its warnings, and
                // its title is read from the text, as for an empty or null title.
                if (!root.TryGetProperty(titleField, out var title))
                {
                    document = document with { Warnings = [$"the line has no field '{titleField}' for the title; the title was read from the text"] };
                }
                else if (title.ValueKind == JsonValueKind.String && title.GetString() is { } value && !string.IsNullOrWhiteSpace(value))
                {
                    document = document with { Title = value };
                }
            }

            if (options.DateColumn is { } dateField)
            {
                // As for the title: a line without the field says so, a null or empty one falls back silently.
                if (!root.TryGetProperty(dateField, out var date))
                {
                    document = document with { Warnings = [.. document.Warnings, $"the line has no field '{dateField}' for the publication date; the date was read from the text"] };
                }
                else if (PublicationDateReader.TryRead(date, options.DateFormat, out var published, out string? problem))
                {
                    document = document with { Published = published };
                }
                else if (problem is not null)
                {
                    string value = date.ValueKind == JsonValueKind.String ? date.GetString()! : date.GetRawText();
                    document = document with { Warnings = [.. document.Warnings, PublicationDateReader.Warning("field", dateField, value, problem)] };
                }
            }

            return DocumentReader.WithFormat(document, InputKind.Text);
        }
    }
}
