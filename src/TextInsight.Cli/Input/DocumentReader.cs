using System.Runtime.CompilerServices;
using TextInsight.Internals;

namespace TextInsight.Cli.Input;

/// <summary>
/// Reads the documents of an <see cref="InputPlan"/> in order, one <see cref="DocumentInput"/> per document: a text or
/// HTML file is one document, a CSV or TSV row, a JSON Lines line or a feed's item is one document. Whatever goes wrong with a document
/// becomes that document's error; reading goes on.
/// </summary>
internal sealed class DocumentReader
{
    private readonly InputOptions _options;
    private readonly ReadProgress _progress;
    private readonly Func<Stream> _stdin;
    private int _notFeeds;

    public DocumentReader(InputOptions options, ReadProgress progress, Func<Stream>? stdin = null)
    {
        _options = options;
        _progress = progress;
        _stdin = stdin ?? Console.OpenStandardInput;
    }

    /// <summary>
    /// The <c>.xml</c> files met inside input folders that were skipped because their root element is not a feed's
    /// (sitemaps, settings, exports of other kinds sit beside feeds; a feed file named as an input, or an <c>.rss</c> or
    /// <c>.atom</c> file, that is not a feed is an error record instead).
    /// </summary>
    public int SkippedNotFeeds => Volatile.Read(ref _notFeeds);

    /// <summary>Reads every document of the plan.</summary>
    public async IAsyncEnumerable<DocumentInput> ReadAsync(InputPlan plan, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        long done = 0;
        foreach (var item in plan.Walk(() => SkippedNotFeeds))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Error is { } error)
            {
                yield return error;
                continue;
            }

            if (item.IsStdin)
            {
                yield return await ReadStdinAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var file = item.File!;
            long before = done;
            switch (file.Kind)
            {
                case InputKind.Csv or InputKind.Tsv:
                    foreach (var doc in CsvDocumentReader.Read(file, _options, position => _progress.Set(before + position)))
                    {
                        yield return doc;
                    }

                    break;
                case InputKind.JsonLines:
                    await foreach (var doc in JsonLinesDocumentReader.ReadAsync(file, _options, position => _progress.Set(before + position), cancellationToken).ConfigureAwait(false))
                    {
                        yield return doc;
                    }

                    break;
                case InputKind.Feed:
                    // An .xml file met in a folder may be anything; one that is not a feed is skipped and counted.
                    Action? notFeed = file.InFolder && file.Source.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                        ? () => Interlocked.Increment(ref _notFeeds)
                        : null;
                    foreach (var doc in FeedDocumentReader.Read(file, _options, position => _progress.Set(before + position), notFeed))
                    {
                        yield return doc;
                    }

                    break;
                default:
                    yield return await ReadWholeFileAsync(file, cancellationToken).ConfigureAwait(false);
                    break;
            }

            done += SafeLength(file.Path);
            _progress.Set(done);
        }
    }

    /// <summary>Opens a file for reading, decompressing it on the fly when it is gzip.</summary>
    internal static Stream Open(InputFile file)
    {
        var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return file.Compressed ? new CheckedGzipStream(stream) : stream;
    }

    /// <summary>
    /// Opens a file whose documents are read as a stream (CSV, TSV, JSON Lines, feeds): the file on disk, whose position
    /// tells the progress, and the stream to read, decompressed on the fly when it is gzip; or null, and the file's one
    /// <paramref name="unreadable"/> record, when it cannot be opened.
    /// </summary>
    internal static (FileStream Disk, Stream Stream)? OpenStreamed(InputFile file, out DocumentInput? unreadable)
    {
        unreadable = null;
        try
        {
            var disk = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return (disk, file.Compressed ? new CheckedGzipStream(disk) : disk);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            unreadable = Unreadable(file.Source, ex);
            return null;
        }
    }

    /// <summary>The message for an input that could not be read.</summary>
    internal static DocumentInput Unreadable(string source, Exception ex) => DocumentInput.Failed(
        source,
        ErrorCodes.Unreadable,
        ex switch
        {
            UnauthorizedAccessException => $"{source}: permission denied: {ex.Message}",
            InvalidDataException => $"{source}: the file is not valid gzip data: {ex.Message}",
            _ => $"{source}: cannot be read: {ex.Message}",
        });

    /// <summary>The error for a document over the size limit.</summary>
    internal static DocumentInput TooLarge(string source, long bytes, long limit, bool atLeast) => DocumentInput.Failed(
        source,
        ErrorCodes.TooLarge,
        $"{source}: the document is {(atLeast ? "more than " : string.Empty)}{Megabytes(bytes)}, over the limit of {Megabytes(limit)}; raise it with --max-document-mb.");

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB";

    private async Task<DocumentInput> ReadWholeFileAsync(InputFile file, CancellationToken cancellationToken)
    {
        try
        {
            // A file of known size is read into one array of that size: no 64 KB buffers per file (two of them were
            // allocated for each 2 KB article). Pipes, files that report no size and gzip are read to their end from
            // the same stream: a pipe opened twice would lose what its writer sent to the first opening.
            var stream = file.Compressed
                ? Open(file)
                : new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                long length = !file.Compressed && stream.CanSeek ? stream.Length : 0;
                if (length > _options.MaxDocumentBytes)
                {
                    return TooLarge(file.Source, length, _options.MaxDocumentBytes, atLeast: false);
                }

                if (length > 0)
                {
                    var exact = new byte[length];
                    int filled = 0, read;
                    while (filled < exact.Length && (read = await stream.ReadAsync(exact.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        filled += read;
                    }

                    // The file as long as it was when opened (what it still held, if it shrank meanwhile).
                    return WithFormat(TextDecoder.Decode(file.Source, exact.AsSpan(0, filled)), file.Kind);
                }

                var (bytes, over) = await ReadLimitedAsync(stream, _options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
                if (over)
                {
                    return TooLarge(file.Source, _options.MaxDocumentBytes, _options.MaxDocumentBytes, atLeast: true);
                }

                return WithFormat(TextDecoder.Decode(file.Source, bytes), file.Kind);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Unreadable(file.Source, ex);
        }
    }

    private async Task<DocumentInput> ReadStdinAsync(CancellationToken cancellationToken)
    {
        const string source = "-";
        try
        {
            var stream = _stdin();
            await using (stream.ConfigureAwait(false))
            {
                var (bytes, over) = await ReadLimitedAsync(stream, _options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
                return over
                    ? TooLarge(source, _options.MaxDocumentBytes, _options.MaxDocumentBytes, atLeast: true)
                    : WithFormat(TextDecoder.Decode(source, bytes), InputKind.Text);
            }
        }
        catch (IOException ex)
        {
            return Unreadable(source, ex);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; says whether there was more.</summary>
    private static async Task<(byte[] Bytes, bool Over)> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return ([], true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    /// <summary>
    /// Marks a document as HTML when its file kind says so or its content is HTML: for text, by
    /// <see cref="DocumentFormatDetector"/> (a page, or a fragment: a body of <c>&lt;p&gt;</c> elements, as CMS exports and
    /// news data sets hold it); for a Markdown file, only a page (Markdown holds inline HTML of its own). Else as Markdown
    /// when its file kind says so (Markdown is never sniffed from content: plain text is full of <c>-</c> lists and <c>*</c>).
    /// </summary>
    internal static DocumentInput WithFormat(DocumentInput document, InputKind kind)
    {
        if (document.Content is null)
        {
            return document;
        }

        bool html = kind == InputKind.Html
            || (kind == InputKind.Markdown ? DocumentFormatDetector.StartsLikePage(document.Content) : DocumentFormatDetector.Detect(document.Content) == DocumentFormat.Html);
        return html ? document with { Format = DocumentFormat.Html }
            : kind == InputKind.Markdown ? document with { Format = DocumentFormat.Markdown }
            : document;
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
