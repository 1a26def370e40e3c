using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TextInsight.Orleans;

/// <summary>
/// Runs a batch on an Orleans cluster: reads the documents on one producer, cuts them into batches, keeps at most
/// <see cref="ClusterBatchOptions.MaxBatchesInFlight"/> on the cluster and at most
/// <see cref="ClusterBatchOptions.MaxBatchesPending"/> in memory, retries a batch whose silo died or timed out, and
/// returns exactly one record per input document, in input order.
/// </summary>
/// <remarks>
/// Why a retry cannot duplicate a record: each batch is one task that completes once, with the first answer that
/// arrived; a late answer from an attempt that was given up is dropped. Records are returned only from completed
/// tasks, taken from an ordered queue, so each document's record is returned once and in its place.
/// </remarks>
public sealed partial class ClusterBatchCoordinator
{
    /// <summary>How many grain keys batches are spread over; the client routes each key through one gateway.</summary>
    internal const int WorkerKeys = 64;

    private static readonly TimeSpan MaxRetryPause = TimeSpan.FromSeconds(15);

    private readonly IGrainFactory _grains;
    private readonly ClusterBatchOptions _options;
    private readonly ILogger _logger;
    private long _batches;
    private long _retries;
    private readonly Lock _statsGate = new();
    private readonly Dictionary<string, SiloTally> _silos = new(StringComparer.Ordinal);
    private readonly List<string> _siloOrder = [];
    private long _documents;
    private long _answered;
    private int _smallest = int.MaxValue;
    private int _largest;
    private long _textCharacters;
    private long _recordBytes;
    private long _waitingForSilos;
    private long _waitingForPlace;

    /// <summary>Creates a coordinator over a connected cluster client (or a silo's grain factory).</summary>
    /// <param name="grains">The cluster client.</param>
    /// <param name="options">Batching, back-pressure and retries; defaults when <see langword="null"/>.</param>
    /// <param name="logger">Where retries are reported; nowhere when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="grains"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ClusterBatchCoordinator(IGrainFactory grains, ClusterBatchOptions? options = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        _grains = grains;
        _options = options ?? new ClusterBatchOptions();
        _logger = logger ?? NullLogger.Instance;
        if (_options.BatchSize < 1 || _options.MaxBatchCharacters < 1 || _options.MaxBatchesInFlight < 1 || _options.MaxAttempts < 1
            || _options.MaxBatchesPending is < 1 || _options.BatchTimeout <= TimeSpan.Zero || _options.RetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options, "Batch size, characters, batches in flight and pending, attempts and timeout must be positive.");
        }
    }

    /// <summary>Batches sent so far (first attempts).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Attempts that failed and were retried so far.</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Where the time went so far: batch sizes, bytes, waiting, and what each silo reported. Safe to call during a run.</summary>
    public ClusterRunStatistics Statistics
    {
        get
        {
            lock (_statsGate)
            {
                return new ClusterRunStatistics
                {
                    Documents = _documents,
                    Batches = _answered,
                    Retries = Retries,
                    SmallestBatch = _answered > 0 ? _smallest : 0,
                    LargestBatch = _largest,
                    TextCharacters = _textCharacters,
                    RecordBytes = _recordBytes,
                    WaitingForSilos = Stopwatch.GetElapsedTime(0, _waitingForSilos),
                    WaitingForPlace = Stopwatch.GetElapsedTime(0, _waitingForPlace),
                    Silos = [.. _siloOrder.Select(name => _silos[name].ToStatistics(name))],
                };
            }
        }
    }

    /// <summary>Analyzes <paramref name="documents"/> on the cluster; one record per document, in input order, as each is ready.</summary>
    /// <param name="documents">The documents, in order (for example the CLI's readers).</param>
    /// <param name="cancellationToken">Stops the run; records already returned stay valid.</param>
    /// <exception cref="ClusterBatchException">A batch failed on every attempt; the enumeration stops after the records before it.</exception>
    public async IAsyncEnumerable<ClusterRecord> AnalyzeAsync(
        IAsyncEnumerable<DocumentInput> documents,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        int inFlight = _options.MaxBatchesInFlight;
        int pending = Math.Max(inFlight, _options.MaxBatchesPending ?? inFlight * 2);

        // The queue holds each batch's task in input order; the gate bounds what is on the cluster. A batch leaves
        // the gate when its answer arrives and the queue when its records are being returned, so memory holds at
        // most `pending` batches, plus the one being returned and the one being filled.
        var queue = Channel.CreateBounded<Task<(DocumentBatch Batch, AnalyzedBatch Answer)>>(new BoundedChannelOptions(pending)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        var gate = new SemaphoreSlim(inFlight);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(documents, queue.Writer, gate, stop.Token), CancellationToken.None);

        try
        {
            await foreach (var task in queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                long waitStarted = Stopwatch.GetTimestamp();
                var (batch, answer) = await task.ConfigureAwait(false);
                Tally(batch, answer, Stopwatch.GetTimestamp() - waitStarted);
                for (int i = 0; i < batch.Documents.Length; i++)
                {
                    var record = answer.Records[i];
                    yield return new ClusterRecord
                    {
                        Index = batch.FirstIndex + i,
                        Source = batch.Documents[i].Source,
                        Json = record.Json,
                        Failed = record.Failed,
                        Silo = answer.Silo,
                        Entities = record.Entities,
                    };
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task ProduceAsync(
        IAsyncEnumerable<DocumentInput> documents,
        ChannelWriter<Task<(DocumentBatch, AnalyzedBatch)>> queue,
        SemaphoreSlim gate,
        CancellationToken cancellationToken)
    {
        try
        {
            long next = 0;
            var current = ImmutableArray.CreateBuilder<BatchDocument>(_options.BatchSize);
            long characters = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var item = BatchDocument.From(document);
                current.Add(item);
                characters += item.Length;
                if (current.Count >= _options.BatchSize || characters >= _options.MaxBatchCharacters)
                {
                    await SendAsync().ConfigureAwait(false);
                }
            }

            if (current.Count > 0)
            {
                await SendAsync().ConfigureAwait(false);
            }

            queue.Complete();

            async Task SendAsync()
            {
                var batch = new DocumentBatch { FirstIndex = next, Documents = current.DrainToImmutable(), Settings = _options.Settings };
                next += batch.Documents.Length;
                characters = 0;
                long waitStarted = Stopwatch.GetTimestamp();
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                long number = Interlocked.Increment(ref _batches) - 1;
                var task = RunAsync(batch, number, gate, cancellationToken);
                await queue.WriteAsync(task, cancellationToken).ConfigureAwait(false);
                Interlocked.Add(ref _waitingForPlace, Stopwatch.GetTimestamp() - waitStarted);
            }
        }
        catch (Exception ex)
        {
            queue.Complete(ex);
        }
    }

    /// <summary>Runs one batch to its first complete answer, retrying failed attempts; releases its place in the gate at the end.</summary>
    private async Task<(DocumentBatch, AnalyzedBatch)> RunAsync(DocumentBatch batch, long number, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    // The next key on a retry: it is likely routed through another gateway than the one that failed.
                    var grain = _grains.GetGrain<IDocumentBatchGrain>((number + attempt - 1) % WorkerKeys);
                    var answer = await grain.AnalyzeAsync(batch).WaitAsync(_options.BatchTimeout, cancellationToken).ConfigureAwait(false);
                    if (answer.FirstIndex != batch.FirstIndex || answer.Records.Length != batch.Documents.Length)
                    {
                        throw new InvalidDataException(
                            $"The silo {answer.Silo} answered the batch at {batch.FirstIndex} with {answer.Records.Length} records from {answer.FirstIndex}, not {batch.Documents.Length} from {batch.FirstIndex}.");
                    }

                    return (batch, answer);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not InvalidDataException)
                {
                    if (attempt >= _options.MaxAttempts)
                    {
                        throw new ClusterBatchException(
                            $"The batch of documents {batch.FirstIndex + 1}–{batch.FirstIndex + batch.Documents.Length} ({batch.Documents[0].Source} …) failed {attempt} times; last: {ex.GetType().Name}: {ex.Message}",
                            ex);
                    }

                    Interlocked.Increment(ref _retries);
                    LogRetry(batch.FirstIndex, batch.Documents.Length, attempt, ex.GetType().Name, ex.Message);
                    await Task.Delay(RetryPause(attempt), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Counts a batch about to be returned, and what its silo reported.</summary>
    private void Tally(DocumentBatch batch, AnalyzedBatch answer, long waited)
    {
        int count = batch.Documents.Length;
        long characters = 0;
        foreach (var document in batch.Documents)
        {
            characters += document.Length;
        }

        long bytes = 0;
        foreach (var record in answer.Records)
        {
            bytes += record.Json.Length;
        }

        lock (_statsGate)
        {
            _documents += count;
            _answered++;
            _smallest = Math.Min(_smallest, count);
            _largest = Math.Max(_largest, count);
            _textCharacters += characters;
            _recordBytes += bytes;
            _waitingForSilos += waited;
            if (!_silos.TryGetValue(answer.Silo, out var tally))
            {
                tally = new SiloTally();
                _silos.Add(answer.Silo, tally);
                _siloOrder.Add(answer.Silo);
            }

            tally.Add(count, answer);
        }
    }

    /// <summary>What one silo reported so far (guarded by the coordinator's statistics lock).</summary>
    private sealed class SiloTally
    {
        private long _batches;
        private long _documents;
        private TimeSpan _analysis;
        private TimeSpan _serialization;
        private TimeSpan _entities;
        private TimeSpan _firstProcessor = TimeSpan.MaxValue;
        private TimeSpan _lastProcessor;

        public void Add(int documents, AnalyzedBatch answer)
        {
            _batches++;
            _documents += documents;
            _analysis += answer.AnalysisTime;
            _serialization += answer.SerializationTime;
            _entities += answer.EntitiesTime;

            // Batches overlap on a silo: the span from the earliest arrival to the latest answer covers all of them.
            _firstProcessor = answer.SiloProcessorTimeAtStart < _firstProcessor ? answer.SiloProcessorTimeAtStart : _firstProcessor;
            _lastProcessor = answer.SiloProcessorTimeAtEnd > _lastProcessor ? answer.SiloProcessorTimeAtEnd : _lastProcessor;
        }

        public SiloRunStatistics ToStatistics(string silo) => new()
        {
            Silo = silo,
            Batches = _batches,
            Documents = _documents,
            AnalysisTime = _analysis,
            SerializationTime = _serialization,
            EntitiesTime = _entities,
            ProcessorTime = _batches > 0 ? _lastProcessor - _firstProcessor : TimeSpan.Zero,
        };
    }

    /// <summary>The pause after failed attempt <paramref name="attempt"/>: doubling from <see cref="ClusterBatchOptions.RetryDelay"/>, at most 15 s.</summary>
    private TimeSpan RetryPause(int attempt) =>
        TimeSpan.FromTicks(Math.Min(_options.RetryDelay.Ticks * (1L << Math.Min(attempt - 1, 20)), MaxRetryPause.Ticks));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Batch at document {FirstIndex} ({Count} documents), attempt {Attempt} failed ({Error}: {Message}); retrying")]
    private partial void LogRetry(long firstIndex, int count, int attempt, string error, string message);
}
