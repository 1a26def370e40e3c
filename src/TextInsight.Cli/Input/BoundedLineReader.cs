using System.Text;

namespace TextInsight.Cli.Input;

/// <summary>
/// Reads lines like <see cref="TextReader.ReadLineAsync(CancellationToken)"/> (ended by <c>\n</c>, <c>\r</c> or
/// <c>\r\n</c>), but keeps at most a given number of characters of a line: a longer one is skipped to its end and
/// reported with its length (what was read of it, up to the limit, is dropped as soon as the limit is passed), so that
/// a file without line breaks cannot take memory without bound, and the lines after a long one are still read.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly int _maxChars;
    private readonly char[] _buffer = new char[1 << 14];
    private StringBuilder _line = new();
    private int _position;
    private int _count;

    /// <param name="reader">The text to read.</param>
    /// <param name="maxChars">The longest line kept, in UTF-16 code units.</param>
    public BoundedLineReader(TextReader reader, int maxChars)
    {
        _reader = reader;
        _maxChars = maxChars;
    }

    /// <summary>
    /// The next line: its text, or <see langword="null"/> and its length when it is longer than the limit; at the end
    /// of the input, <see langword="null"/> and -1.
    /// </summary>
    public async ValueTask<(string? Line, long Length)> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        long length = 0;
        bool any = false;
        while (true)
        {
            if (_position == _count)
            {
                _count = await _reader.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_count == 0)
                {
                    return any ? Done(length) : (null, -1);
                }
            }

            any = true;
            var span = _buffer.AsSpan(_position, _count - _position);
            int end = span.IndexOfAny('\n', '\r');
            int take = end < 0 ? span.Length : end;
            if (length + take <= _maxChars)
            {
                _line.Append(span[..take]);
            }
            else if (length <= _maxChars)
            {
                // Over the limit: drop what was kept of the line now, buffer and all, and keep nothing more of it.
                _line = new StringBuilder();
            }

            length += take;
            _position += take;
            if (end < 0)
            {
                continue;
            }

            // The line ends here; a \r may be followed by the \n of a \r\n, which can be in the next buffer.
            bool carriageReturn = _buffer[_position] == '\r';
            _position++;
            if (carriageReturn)
            {
                if (_position == _count)
                {
                    _count = await _reader.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                    _position = 0;
                }

                if (_position < _count && _buffer[_position] == '\n')
                {
                    _position++;
                }
            }

            return Done(length);
        }
    }

    private (string? Line, long Length) Done(long length)
    {
        if (length > _maxChars)
        {
            return (null, length);
        }

        string line = _line.ToString();
        if (_line.Capacity > LargeLine)
        {
            // A long line's buffer is not kept for the lines after it.
            _line = new StringBuilder();
        }

        return (line, length);
    }

    // Lines up to this many characters reuse the reader's buffer.
    private const int LargeLine = 1 << 20;
}
