using System.Buffers;
using System.Text;

namespace TextInsight.Cli.Input;

/// <summary>What <see cref="TsvRowReader.Read"/> found.</summary>
internal enum TsvRead
{
    /// <summary>A row: its fields are in <see cref="TsvRowReader.Fields"/>.</summary>
    Row,

    /// <summary>The end of the input.</summary>
    End,

    /// <summary>A row longer than the limit, not a quoted field's: it was skipped to its line's end, and reading goes on.</summary>
    TooLong,

    /// <summary>
    /// A field opens a quote that is not closed before the end of the input (or the limit), and read with the quote as
    /// a literal character the row does not have the header's number of fields: the quote was meant, and everything
    /// after it is in doubt. <see cref="TsvRowReader.Fields"/> holds the row read literally; nothing after it is read.
    /// </summary>
    UnclosedQuote,
}

/// <summary>
/// Reads tab-separated rows (or rows separated by another delimiter under the same rules) as the writers of such files
/// write them, streaming, one row at a time:
/// <list type="bullet">
/// <item>A field is quoted only when it starts with a quote and the quoted form closes cleanly: the first quote that is
/// not doubled is followed by the delimiter, a line break or the end of the input. Its value is what is between the
/// quotes, a doubled quote being one, tabs and line breaks included (pandas' <c>to_csv(sep='\t')</c>, spreadsheets).</item>
/// <item>Any other field is unquoted, and a quote in it is a literal character (<c>"Yes," he said</c> starts with a
/// quote whose quoted form does not close cleanly), as IANA <c>text/tab-separated-values</c> and the linear TSV of
/// PostgreSQL's <c>COPY … TEXT</c> and MySQL's <c>SELECT … INTO OUTFILE</c> have it. Unless turned off, its backslash
/// escapes are read as those write them: <c>\t</c>, <c>\n</c>, <c>\r</c> and <c>\\</c>, and <c>\N</c> alone (NULL) is
/// an empty field; any other backslash is kept.</item>
/// <item>A quote opened and never closed before the end of the input is literal when the row then has the header's
/// number of fields, and otherwise <see cref="TsvRead.UnclosedQuote"/>.</item>
/// </list>
/// Rows end at <c>\n</c>, <c>\r\n</c> or <c>\r</c> outside quoted fields; empty lines are passed over. A row is held
/// whole in memory, up to a limit in characters: a longer unquoted row is skipped to its line's end
/// (<see cref="TsvRead.TooLong"/>); a quote still open at the limit is treated as one open at the end of the input.
/// </summary>
internal sealed class TsvRowReader
{
    private readonly TextReader _reader;
    private readonly char _delimiter;
    private readonly bool _unescape;
    private readonly int _maxRowChars;
    private readonly List<string> _fields = [];
    private readonly List<(int Start, int End, bool Quoted)> _bounds = [];
    private readonly SearchValues<char> _stops;
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private long _line = 1;

    /// <param name="reader">The text.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <param name="unescape">Whether unquoted fields' backslash escapes are read.</param>
    /// <param name="maxRowChars">The longest row held, in characters.</param>
    public TsvRowReader(TextReader reader, char delimiter, bool unescape, int maxRowChars)
    {
        _reader = reader;
        _delimiter = delimiter;
        _unescape = unescape;
        _maxRowChars = Math.Max(maxRowChars, 1);
        _stops = SearchValues.Create([delimiter, '\r', '\n']);
    }

    /// <summary>The fields of the row read last.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>The 1-based line where the row read last starts, counting every line (those inside quoted fields too).</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// The number of fields a row must have for an unclosed quote in it to be read as a literal character; 0 (before
    /// the header is read) takes any.
    /// </summary>
    public int ExpectedFields { get; set; }

    /// <summary>Reads the next row.</summary>
    public TsvRead Read()
    {
        while (true)
        {
            _fields.Clear();
            _bounds.Clear();
            LineNumber = _line;
            if (!Available(0))
            {
                return TsvRead.End;
            }

            var result = Scan(out int length, out int next);
            if (result == TsvRead.TooLong)
            {
                SkipLine();
                return TsvRead.TooLong;
            }

            var row = _buffer.AsSpan(_start, next);
            _line += row.Count('\n') + row.Count('\r') - row.Count("\r\n");
            bool empty = length == 0 && _bounds.Count == 1;
            if (!empty || result == TsvRead.UnclosedQuote)
            {
                foreach (var (start, end, quoted) in _bounds)
                {
                    _fields.Add(quoted ? Unquote(_buffer.AsSpan(_start + start + 1, end - start - 2)) : Literal(_buffer.AsSpan(_start + start, end - start)));
                }
            }

            _start += next;
            if (result == TsvRead.UnclosedQuote)
            {
                if (ExpectedFields == 0 || _fields.Count == ExpectedFields)
                {
                    return TsvRead.Row;
                }

                _eof = true;
                _start = _end;
                return TsvRead.UnclosedQuote;
            }

            if (!empty)
            {
                return TsvRead.Row;
            }
        }
    }

    /// <summary>
    /// Finds the end of the row that starts at <see cref="_start"/>, noting each field's bounds (relative to it).
    /// <paramref name="length"/> is where the row's content ends, <paramref name="next"/> where the next row starts
    /// (after the line break).
    /// </summary>
    private TsvRead Scan(out int length, out int next)
    {
        var result = TsvRead.Row;
        int i = 0;
        while (true)
        {
            int fieldStart = i;
            if (Available(i) && _buffer[_start + i] == '"')
            {
                var quoted = ScanQuoted(i + 1, out int after);
                if (quoted == QuoteScan.Clean)
                {
                    _bounds.Add((fieldStart, after, true));
                    i = after;
                    if (!Available(i))
                    {
                        length = next = i;
                        return result;
                    }

                    // The close is clean: a delimiter or a line break follows.
                    if (_buffer[_start + i] == _delimiter)
                    {
                        i++;
                        continue;
                    }

                    length = i;
                    next = LineEnd(i);
                    return result;
                }

                if (quoted == QuoteScan.Unclosed)
                {
                    result = TsvRead.UnclosedQuote;
                }
            }

            // An unquoted field: to the next delimiter or line break.
            while (true)
            {
                if (i > _maxRowChars)
                {
                    length = next = i;
                    return TsvRead.TooLong;
                }

                if (!Available(i))
                {
                    _bounds.Add((fieldStart, i, false));
                    length = next = i;
                    return result;
                }

                int stop = _buffer.AsSpan(_start + i, _end - _start - i).IndexOfAny(_stops);
                if (stop < 0)
                {
                    i = _end - _start;
                    continue;
                }

                i += stop;
                break;
            }

            if (i > _maxRowChars)
            {
                length = next = i;
                return TsvRead.TooLong;
            }

            _bounds.Add((fieldStart, i, false));
            if (_buffer[_start + i] == _delimiter)
            {
                i++;
                continue;
            }

            length = i;
            next = LineEnd(i);
            return result;
        }
    }

    private enum QuoteScan
    {
        Clean,
        Literal,
        Unclosed,
    }

    /// <summary>Reads a quoted field's content from <paramref name="i"/>; on a clean close, <paramref name="after"/> is just past the closing quote.</summary>
    private QuoteScan ScanQuoted(int i, out int after)
    {
        after = 0;
        while (true)
        {
            if (i > _maxRowChars || !Available(i))
            {
                return QuoteScan.Unclosed;
            }

            int quote = _buffer.AsSpan(_start + i, _end - _start - i).IndexOf('"');
            if (quote < 0)
            {
                i = _end - _start;
                continue;
            }

            i += quote;
            if (!Available(i + 1))
            {
                after = i + 1;
                return QuoteScan.Clean;
            }

            char c = _buffer[_start + i + 1];
            if (c == '"')
            {
                i += 2;
                continue;
            }

            if (c == _delimiter || c == '\r' || c == '\n')
            {
                after = i + 1;
                return QuoteScan.Clean;
            }

            return QuoteScan.Literal;
        }
    }

    /// <summary>Where the row after a line break at <paramref name="i"/> starts.</summary>
    private int LineEnd(int i) =>
        _buffer[_start + i] == '\r' && Available(i + 1) && _buffer[_start + i + 1] == '\n' ? i + 2 : i + 1;

    /// <summary>Drops the row from <see cref="_start"/> up to and with the end of its line (it may not be buffered whole).</summary>
    private void SkipLine()
    {
        int i = 0;
        while (true)
        {
            if (!Available(i))
            {
                _start = _end;
                return;
            }

            int stop = _buffer.AsSpan(_start + i, _end - _start - i).IndexOfAny('\r', '\n');
            if (stop >= 0)
            {
                i += stop;
                int next = LineEnd(i);
                var skipped = _buffer.AsSpan(_start, next);
                _line += skipped.Count('\n') + skipped.Count('\r') - skipped.Count("\r\n");
                _start += next;
                return;
            }

            // Count the lines of what is dropped, then drop it, so the buffer does not grow for a line without end.
            var dropped = _buffer.AsSpan(_start, _end - _start);
            _line += dropped.Count('\n') + dropped.Count('\r') - dropped.Count("\r\n");
            _start = _end;
            i = 0;
        }
    }

    /// <summary>Whether the character at <paramref name="offset"/> from the row's start is buffered, reading more when needed.</summary>
    private bool Available(int offset)
    {
        while (_start + offset >= _end)
        {
            if (_eof)
            {
                return false;
            }

            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            int read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return false;
            }

            _end += read;
        }

        return true;
    }

    private static string Unquote(ReadOnlySpan<char> content)
    {
        if (content.IndexOf("\"\"") < 0)
        {
            return content.ToString();
        }

        var value = new StringBuilder(content.Length);
        for (int i = 0; i < content.Length; i++)
        {
            value.Append(content[i]);
            if (content[i] == '"' && i + 1 < content.Length && content[i + 1] == '"')
            {
                i++;
            }
        }

        return value.ToString();
    }

    private string Literal(ReadOnlySpan<char> field)
    {
        if (!_unescape || field.IndexOf('\\') < 0)
        {
            return field.ToString();
        }

        if (field is "\\N")
        {
            return string.Empty;
        }

        var value = new StringBuilder(field.Length);
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            if (c == '\\' && i + 1 < field.Length)
            {
                char escaped = field[i + 1] switch
                {
                    't' => '\t',
                    'n' => '\n',
                    'r' => '\r',
                    '\\' => '\\',
                    _ => '\0',
                };
                if (escaped != '\0')
                {
                    value.Append(escaped);
                    i++;
                    continue;
                }
            }

            value.Append(c);
        }

        return value.ToString();
    }
}
