using System.Text;

namespace TextInsight.Cli.Input;

/// <summary>
/// The field delimiter of a delimited file (<c>.csv</c>, <c>.tsv</c>, <c>.tab</c>): given with <c>--delimiter</c>, or
/// chosen from the header line. The rule: split the header by each candidate (<c>,</c> <c>;</c> tab <c>|</c>), outside
/// quotes; a candidate fits when its columns include every column the options name (the text column, and the id, title
/// and date columns when given). The file kind's own delimiter (comma for <c>.csv</c>, tab for <c>.tsv</c>/<c>.tab</c>)
/// wins when it fits, so a file that reads today reads the same; else the one candidate that fits; two or more that fit,
/// or none, is an error that lists what each split gave and says what to pass.
/// </summary>
internal static class Delimiters
{
    /// <summary>The delimiters tried, in the order messages list them.</summary>
    internal static ReadOnlySpan<char> Candidates => [',', ';', '\t', '|'];

    /// <summary>The longest header line looked at, in characters; a longer one is split as far as this.</summary>
    private const int MaxHeaderChars = 1 << 20;

    /// <summary>Reads a <c>--delimiter</c> value: <c>,</c> <c>;</c> <c>|</c>, or a tab as <c>tab</c>, <c>\t</c> or the character itself.</summary>
    /// <returns>The delimiter, or <see langword="null"/> when the value is none of these.</returns>
    public static char? Parse(string value) => value switch
    {
        "," => ',',
        ";" => ';',
        "|" => '|',
        "\t" or "\\t" => '\t',
        _ when value.Equals("tab", StringComparison.OrdinalIgnoreCase) => '\t',
        _ => null,
    };

    /// <summary>The delimiter as a user writes it in <c>--delimiter</c> (a tab as <c>tab</c>).</summary>
    public static string Name(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();

    /// <summary>The delimiter of a file kind when nothing else says: tab for TSV, comma otherwise.</summary>
    public static char Default(InputKind kind) => kind == InputKind.Tsv ? '\t' : ',';

    /// <summary>
    /// The delimiter to read <paramref name="file"/> with: <see cref="InputOptions.Delimiter"/> when given, else the one
    /// its header line calls for (see the class remarks); or the error that says why none could be chosen. A file that
    /// cannot be read, or is empty, gets the kind's default: its reader reports the problem.
    /// </summary>
    public static (char Delimiter, DocumentError? Error) Choose(InputFile file, InputOptions options)
    {
        char fallback = options.Delimiter ?? Default(file.Kind);
        string? header;
        try
        {
            header = ReadHeaderLine(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (fallback, null);
        }

        if (string.IsNullOrEmpty(header))
        {
            return (fallback, null);
        }

        return options.Delimiter is { } given ? Given(file, header, given, options) : Choose(file, header, options);
    }

    /// <summary>
    /// The delimiter given with <c>--delimiter</c>, which applies to every delimited file: when it does not split this
    /// file's header into the named columns and another delimiter does, the missing-column error says so and that the
    /// option is the cause (a folder of semicolon CSVs and TSVs read with <c>--delimiter ';'</c> told of each TSV only
    /// that its one column, tabs and all, was not the text column, and to name the text column).
    /// </summary>
    internal static (char Delimiter, DocumentError? Error) Given(InputFile file, string header, char given, InputOptions options)
    {
        var columns = Split(header, given);
        if (Fits(columns, options) || CsvDocumentReader.MissingColumn(file, columns, options) is not { } missing)
        {
            return (given, null);
        }

        foreach (char candidate in Candidates)
        {
            if (candidate != given && Split(header, candidate) is var other && Fits(other, options))
            {
                string message = $"{missing.Message} The header was split by {Quoted(given)}, as --delimiter {Quoted(given)} says for every delimited file; split by {Quoted(candidate)} it has the columns: {string.Join(", ", other)}. Leave --delimiter out to let each file's header choose, or read this file apart with --delimiter {Quoted(candidate)}.";
                return (given, missing with { Message = message });
            }
        }

        return (given, null);
    }

    /// <summary>Chooses the delimiter for a header line (see <see cref="Choose(InputFile, InputOptions)"/>).</summary>
    internal static (char Delimiter, DocumentError? Error) Choose(InputFile file, string header, InputOptions options)
    {
        char fallback = Default(file.Kind);
        var defaultColumns = Split(header, fallback);
        if (Fits(defaultColumns, options))
        {
            return (fallback, null);
        }

        var fitting = new List<(char Delimiter, List<string> Columns)>();
        var splitting = new List<(char Delimiter, List<string> Columns)>();
        foreach (char candidate in Candidates)
        {
            if (candidate == fallback)
            {
                continue;
            }

            var columns = Split(header, candidate);
            if (Fits(columns, options))
            {
                fitting.Add((candidate, columns));
            }
            else if (columns.Count > 1)
            {
                splitting.Add((candidate, columns));
            }
        }

        if (fitting.Count == 1)
        {
            return (fitting[0].Delimiter, null);
        }

        if (fitting.Count > 1)
        {
            var seen = new StringBuilder();
            foreach (var (delimiter, columns) in fitting)
            {
                seen.Append(seen.Length == 0 ? string.Empty : "; ").Append("by ").Append(Quoted(delimiter)).Append(": ").AppendJoin(", ", columns);
            }

            return (fallback, new DocumentError(
                ErrorCodes.AmbiguousDelimiter,
                $"{file.Source}: the header line has the columns the options name when split by more than one delimiter ({seen}); name it with --delimiter, e.g. --delimiter {Quoted(fitting[0].Delimiter)}."));
        }

        // No delimiter gives the columns: the error names the missing column as a comma (or tab) split lists them, as
        // before delimiters were chosen, and adds how the other delimiters split the header, for a file whose
        // delimiter is one of those.
        var missing = CsvDocumentReader.MissingColumn(file, defaultColumns, options);
        if (missing is null || splitting.Count == 0)
        {
            return (fallback, missing);
        }

        var hint = new StringBuilder(missing.Message);
        foreach (var (delimiter, columns) in splitting)
        {
            hint.Append(" Split by ").Append(Quoted(delimiter)).Append(" the columns are: ").AppendJoin(", ", columns).Append('.');
        }

        hint.Append(" If the file is delimited by one of those, give --delimiter ").Append(Quoted(splitting[0].Delimiter)).Append('.');
        return (fallback, missing with { Message = hint.ToString() });
    }

    /// <summary>The delimiter quoted for a message: <c>';'</c>, or <c>tab</c>.</summary>
    private static string Quoted(char delimiter) => delimiter == '\t' ? "tab" : $"'{delimiter}'";

    /// <summary>Whether the columns include every column the options name.</summary>
    private static bool Fits(List<string> columns, InputOptions options) =>
        columns.Contains(options.TextColumn)
        && (!options.IdColumnGiven || columns.Contains(options.IdColumn))
        && (options.TitleColumn is not { } title || columns.Contains(title))
        && (options.DateColumn is not { } date || columns.Contains(date));

    /// <summary>
    /// Splits a header line by <paramref name="delimiter"/> outside quotes: a field that starts with a quote runs to
    /// the quote before the next delimiter or the line's end, a doubled quote inside it being one quote.
    /// </summary>
    internal static List<string> Split(string line, char delimiter)
    {
        var columns = new List<string>();
        int i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var name = new StringBuilder();
                int j = i + 1;
                bool closed = false;
                while (j < line.Length)
                {
                    if (line[j] == '"')
                    {
                        if (j + 1 < line.Length && line[j + 1] == '"')
                        {
                            name.Append('"');
                            j += 2;
                            continue;
                        }

                        if (j + 1 == line.Length || line[j + 1] == delimiter)
                        {
                            closed = true;
                            j++;
                            break;
                        }
                    }

                    name.Append(line[j]);
                    j++;
                }

                if (closed)
                {
                    columns.Add(name.ToString());
                    if (j == line.Length)
                    {
                        return columns;
                    }

                    i = j + 1;
                    continue;
                }
            }

            int end = line.IndexOf(delimiter, i);
            if (end < 0)
            {
                columns.Add(line[i..]);
                return columns;
            }

            columns.Add(line[i..end]);
            i = end + 1;
        }
    }

    /// <summary>The file's first line (without a byte order mark), up to <see cref="MaxHeaderChars"/>; null for an empty file.</summary>
    private static string? ReadHeaderLine(InputFile file)
    {
        using var stream = DocumentReader.Open(file);
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 14);
        var line = new StringBuilder();
        var chunk = new char[1 << 12];
        int read;
        while (line.Length < MaxHeaderChars && (read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            int end = chunk.AsSpan(0, read).IndexOfAny('\r', '\n');
            if (end >= 0)
            {
                line.Append(chunk, 0, end);
                return line.ToString();
            }

            line.Append(chunk, 0, read);
        }

        return line.Length == 0 ? null : line.ToString();
    }
}
