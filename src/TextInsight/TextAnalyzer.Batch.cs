using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace TextInsight;

/// <summary>The batch scheduler: many documents on several threads, results in input order, bounded memory.</summary>
public sealed partial class TextAnalyzer
{
    /// <summary>
    /// Analyzes many documents on several threads and returns one result per document, in input order, as each is
    /// ready. At most <see cref="BatchOptions.MaxPending"/> documents are held at once, so memory does not grow with the batch.
    /// A document that cannot be read or analyzed gives an error result; the batch goes on.
    /// </summary>
    /// <param name="documents">The documents, in order.</param>
    /// <param name="options">Parallelism and limits.</param>
    /// <param name="cancellationToken">Stops the batch; results already returned stay valid.</param>
    public async IAsyncEnumerable<DocumentResult> AnalyzeManyAsync(
        IAsyncEnumerable<DocumentInput> documents,
        BatchOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new BatchOptions();
        int parallel = options.MaxDegreeOfParallelism;
        if (parallel < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), parallel, "MaxDegreeOfParallelism must be at least 1.");
        }

        int pending = Math.Max(1, options.MaxPending ?? parallel * 4);
        var channel = Channel.CreateBounded<Task<DocumentResult>>(new BoundedChannelOptions(pending)
        {
            SingleReader = true,
            SingleWriter = true,
        });

        // Not disposed: a running analysis may still release it after the consumer has stopped early.
        var gate = new SemaphoreSlim(parallel);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    long index = 0;
                    await foreach (var document in documents.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        if (document is null)
                        {
                            // Ends the batch after the results before it, as a reader's exception does.
                            throw new ArgumentException($"The document at index {index} is null.", nameof(documents));
                        }

                        await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                        long i = index++;
                        var limit = options.TimeoutPerDocument;

                        // The time limit also cancels the analysis itself, which stops at its next stage and frees its
                        // thread; WithTimeout gives the error record at the limit even if a stage runs on past it.
                        var deadline = limit is { } l ? new CancellationTokenSource(l, options.TimeProvider) : null;
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return AnalyzeOne(document, i, limit, deadline?.Token ?? CancellationToken.None);
                                }
                                finally
                                {
                                    deadline?.Dispose();
                                    gate.Release();
                                }
                            },
                            CancellationToken.None);
                        var timed = limit is { } max ? WithTimeout(task, document, i, max, options.TimeProvider) : task;
                        await channel.Writer.WriteAsync(timed, stop.Token).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>Analyzes many documents; see <see cref="AnalyzeManyAsync(IAsyncEnumerable{DocumentInput}, BatchOptions?, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<DocumentResult> AnalyzeManyAsync(
        IEnumerable<DocumentInput> documents,
        BatchOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return AnalyzeManyAsync(documents.ToAsyncEnumerable(), options, cancellationToken);
    }

    /// <summary>Analyzes one document of a batch, turning every failure into an error result, and a cancellation by <paramref name="deadline"/> into a timeout.</summary>
    internal DocumentResult AnalyzeOne(DocumentInput document, long index, TimeSpan? limit, CancellationToken deadline)
    {
        var result = new DocumentResult { Source = document.Source, Index = index, Warnings = document.Warnings };
        if (document.Error is { } readError)
        {
            return result with { Error = readError };
        }

        string content = document.Content ?? string.Empty;
        if (content.Length == 0)
        {
            return result with { Error = new DocumentError(ErrorCodes.EmptyDocument, $"{document.Source}: the document is empty.") };
        }

        if (content.AsSpan().IsWhiteSpace())
        {
            return result with { Error = new DocumentError(ErrorCodes.WhitespaceOnly, $"{document.Source}: the document holds only white space ({content.Length} characters).") };
        }

        try
        {
            deadline.ThrowIfCancellationRequested();
            var analysis = AnalyzeContent(document, content, deadline);
            return result with { Analysis = analysis };
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return TimedOut(document, index, limit ?? TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return result with { Error = new DocumentError(ErrorCodes.AnalysisFailed, $"{document.Source}: analysis failed: {ex.GetType().Name}: {ex.Message}") };
        }
    }

    private static async Task<DocumentResult> WithTimeout(Task<DocumentResult> task, DocumentInput document, long index, TimeSpan limit, TimeProvider clock)
    {
        try
        {
            return await task.WaitAsync(limit, clock).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return TimedOut(document, index, limit);
        }
    }

    private static DocumentResult TimedOut(DocumentInput document, long index, TimeSpan limit) => new()
    {
        Source = document.Source,
        Index = index,
        Warnings = document.Warnings,
        Error = new DocumentError(ErrorCodes.Timeout, string.Create(CultureInfo.InvariantCulture, $"{document.Source}: analysis took longer than the limit of {limit.TotalSeconds:0.###} s per document.")),
    };
}
