using System.IO.Compression;

namespace TextInsight.Internals;

/// <summary>
/// Decompresses gzip and throws <see cref="InvalidDataException"/> when the data ends before its last member does (a
/// download cut off, a copy to a full disk). The runtime's <see cref="GZipStream"/> does not: at the end of a cut stream
/// it returns what it decoded and then ends, so half a document was analyzed as a whole one (and a training corpus
/// was read without its tail). The input readers and the training commands read every <c>.gz</c> through it.
/// </summary>
/// <remarks>
/// The check: after the file's last byte the compressed side hands the decoder one more gzip member of its own, which
/// holds a fixed marker. After a complete member the decoder reads it as the next member of the file (gzip allows
/// several) and the marker comes out last, where this stream checks it and leaves it out; after a cut member the
/// decoder reads the marker's bytes as the rest of the cut data, which fails or decodes to something else. Bytes after
/// the last member that are not gzip (zero padding) stop the decoder before it asks for the marker: those files are
/// read as before.
/// </remarks>
internal sealed class CheckedGzipStream : ForwardReadStream
{
    private static readonly byte[] Marker = "\0TextInsight gzip end marker\0"u8.ToArray();
    private static readonly byte[] MarkerMember = CompressMarker();

    private readonly EndMarkerStream _compressed;
    private readonly GZipStream _gzip;
    private readonly byte[] _buffer = new byte[(1 << 16) + Marker.Length];
    private int _start;
    private int _end;
    private bool _ended;

    public CheckedGzipStream(Stream compressed)
    {
        _compressed = new EndMarkerStream(compressed);
        _gzip = new GZipStream(_compressed, CompressionMode.Decompress);
    }

    public override int Read(Span<byte> destination)
    {
        while (true)
        {
            if (TryCopy(destination, out int copied))
            {
                return copied;
            }

            Compact();
            int read;
            try
            {
                read = _gzip.Read(_buffer.AsSpan(_end));
            }
            catch (InvalidDataException ex) when (_compressed.MarkerServed)
            {
                throw Truncated(ex);
            }

            Advance(read);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryCopy(destination.Span, out int copied))
            {
                return copied;
            }

            Compact();
            int read;
            try
            {
                read = await _gzip.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex) when (_compressed.MarkerServed)
            {
                throw Truncated(ex);
            }

            Advance(read);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await _gzip.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private static InvalidDataException Truncated(Exception? inner) =>
        new("the compressed data stops before the end of its gzip stream: the file is truncated", inner);

    private static byte[] CompressMarker()
    {
        using var member = new MemoryStream();
        using (var gzip = new GZipStream(member, CompressionLevel.NoCompression, leaveOpen: true))
        {
            gzip.Write(Marker);
        }

        return member.ToArray();
    }

    /// <summary>
    /// Copies decoded bytes to <paramref name="destination"/>, holding back the last <see cref="Marker"/>-length bytes
    /// until the end, since they may be the marker; false when more must be decoded first.
    /// </summary>
    private bool TryCopy(Span<byte> destination, out int copied)
    {
        int available = _end - _start - (_ended ? 0 : Marker.Length);
        if (available > 0 && destination.Length > 0)
        {
            copied = Math.Min(available, destination.Length);
            _buffer.AsSpan(_start, copied).CopyTo(destination);
            _start += copied;
            return true;
        }

        copied = 0;
        return _ended || destination.Length == 0;
    }

    private void Compact()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
    }

    private void Advance(int read)
    {
        if (read > 0)
        {
            _end += read;
            return;
        }

        _ended = true;
        if (!_compressed.MarkerServed)
        {
            return;
        }

        if (_end - _start < Marker.Length || !_buffer.AsSpan(_end - Marker.Length, Marker.Length).SequenceEqual(Marker))
        {
            throw Truncated(null);
        }

        _end -= Marker.Length;
    }

    /// <summary>The compressed bytes, then the marker's gzip member once the file has ended.</summary>
    private sealed class EndMarkerStream(Stream inner) : ForwardReadStream
    {
        private int _served = -1;

        /// <summary>Whether the file ended and the decoder asked for more: the marker's bytes were handed to it.</summary>
        public bool MarkerServed => _served >= 0;

        public override int Read(Span<byte> destination)
        {
            if (_served < 0)
            {
                int read = inner.Read(destination);
                if (read > 0 || destination.Length == 0)
                {
                    return read;
                }
            }

            return Serve(destination);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
        {
            if (_served < 0)
            {
                int read = await inner.ReadAsync(destination, cancellationToken).ConfigureAwait(false);
                if (read > 0 || destination.Length == 0)
                {
                    return read;
                }
            }

            return Serve(destination.Span);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public override async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync().ConfigureAwait(false);
            await base.DisposeAsync().ConfigureAwait(false);
        }

        private int Serve(Span<byte> destination)
        {
            _served = Math.Max(_served, 0);
            int count = Math.Min(destination.Length, MarkerMember.Length - _served);
            MarkerMember.AsSpan(_served, count).CopyTo(destination);
            _served += count;
            return count;
        }
    }
}

/// <summary>
/// A stream read once from start to end: what a read-only, non-seeking stream answers, and the array reads passed on to
/// the span and memory reads, which a derived stream implements.
/// </summary>
internal abstract class ForwardReadStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public abstract override int Read(Span<byte> destination);

    public abstract override ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
