namespace TextInsight.Cli.Input;

/// <summary>How far the readers have got through the inputs, in bytes on disk; shared with the progress display.</summary>
internal sealed class ReadProgress
{
    private long _bytesRead;

    /// <summary>The size on disk of all input files (0 when unknown, as for standard input).</summary>
    public long TotalBytes { get; init; }

    /// <summary>Bytes on disk read so far.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Sets the bytes read so far.</summary>
    public void Set(long bytes) => Interlocked.Exchange(ref _bytesRead, bytes);
}
