namespace TextInsight.Cli.Input;

/// <summary>
/// A read-only stream over a feed's bytes that turns the C0 control characters XML 1.0 does not allow (all below
/// U+0020 but tab, line feed and carriage return) into spaces, so that one stray form feed or bell pasted into an item
/// does not end the reading of the whole feed, as it ends <see cref="System.Xml.XmlReader"/>'s. Those bytes stand for
/// themselves in UTF-8 and every single-byte encoding a feed declares (they are never part of a multi-byte sequence);
/// a stream in UTF-16 or UTF-32 (a byte order mark, or a NUL among its first four bytes) is passed through unchanged.
/// </summary>
internal sealed class XmlControlCharFilterStream(Stream inner) : Stream
{
    private int _mode; // 0 undecided, 1 filter, 2 pass through

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int read = inner.Read(buffer);
        if (read == 0)
        {
            return 0;
        }

        var bytes = buffer[..read];
        if (_mode == 0)
        {
            bool wide = bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
                || bytes[..Math.Min(4, bytes.Length)].Contains((byte)0);
            _mode = wide ? 2 : 1;
        }

        if (_mode == 1)
        {
            int i;
            while ((i = bytes.IndexOfAnyInRange((byte)0x00, (byte)0x1F)) >= 0)
            {
                if (bytes[i] is not ((byte)'\t' or (byte)'\n' or (byte)'\r'))
                {
                    bytes[i] = (byte)' ';
                }

                bytes = bytes[(i + 1)..];
            }
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
