using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using TextInsight.Serialization;

namespace TextInsight.Orleans;

/// <summary>
/// The analyzers of one silo, registered as a singleton: models are loaded once per silo and shared by every batch
/// and every worker activation there. A batch is analyzed by <see cref="TextAnalyzer.AnalyzeManyAsync(IAsyncEnumerable{DocumentInput}, BatchOptions?, CancellationToken)"/>,
/// the same code as an in-process batch, so each record is byte for byte what <c>textinsight analyze</c> writes.
/// </summary>
public sealed class SiloAnalyzer
{
    private readonly ConcurrentDictionary<BatchSettings, TextAnalyzer> _analyzers = new();
    private readonly SiloAnalyzerOptions _options;

    /// <summary>Creates the silo's analyzers.</summary>
    /// <param name="options">Parallelism and models; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The degree of parallelism is below 1.</exception>
    public SiloAnalyzer(SiloAnalyzerOptions? options = null)
    {
        _options = options ?? new SiloAnalyzerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDegreeOfParallelism, 1, nameof(options));
    }

    /// <summary>
    /// Loads the models of the default batch settings now rather than on the first batch, so that the first batches do
    /// not wait for them and a model that cannot be loaded stops the silo at start rather than failing batches.
    /// <c>textinsight silo</c> calls it while the silo joins its cluster.
    /// </summary>
    /// <returns>A task that completes when the models are loaded; it faults if one cannot be loaded.</returns>
    public Task LoadModelsAsync() => GetAnalyzer(new BatchSettings()).WarmUpAsync();

    /// <summary>Analyzes a batch: one record per document, in the batch's order.</summary>
    /// <param name="batch">The documents.</param>
    /// <param name="silo">The name of this silo, carried into the answer.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    public async Task<AnalyzedBatch> AnalyzeAsync(DocumentBatch batch, string silo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var settings = batch.Settings ?? new BatchSettings();
        var analyzer = GetAnalyzer(settings);
        var options = new BatchOptions
        {
            MaxDegreeOfParallelism = Math.Min(_options.MaxDegreeOfParallelism, Math.Max(1, batch.Documents.Length)),
            TimeoutPerDocument = settings.TimeoutPerDocument,
        };

        var processorAtStart = Environment.CpuUsage.TotalTime;
        long started = Stopwatch.GetTimestamp();
        long serializing = 0;
        long reading = 0;
        var records = ImmutableArray.CreateBuilder<AnalyzedRecord>(batch.Documents.Length);
        await foreach (var result in analyzer.AnalyzeManyAsync(batch.Documents.Select(d => d.ToInput()), options, cancellationToken).ConfigureAwait(false))
        {
            long before = Stopwatch.GetTimestamp();
            var record = AnalysisJson.ToRecord(result);
            byte[] json = JsonSerializer.SerializeToUtf8Bytes(record, AnalysisJsonContext.Default.AnalysisRecord);
            long serialized = Stopwatch.GetTimestamp();
            serializing += serialized - before;

            // The coordinator feeds every record to one corpus resolver, in order: what can be read of a record alone
            // (its entities' names parsed and keyed, where their ids go) is read here, on the silos' cores.
            var entities = RecordEntities.Encode(record, json);
            reading += Stopwatch.GetTimestamp() - serialized;
            records.Add(new AnalyzedRecord { Json = json, Failed = result.Error is not null, Entities = entities });
        }

        return new AnalyzedBatch
        {
            FirstIndex = batch.FirstIndex,
            Records = records.MoveToImmutable(),
            Silo = silo,
            AnalysisTime = Stopwatch.GetElapsedTime(started),
            SerializationTime = TimeSpan.FromTicks(serializing * TimeSpan.TicksPerSecond / Stopwatch.Frequency),
            EntitiesTime = TimeSpan.FromTicks(reading * TimeSpan.TicksPerSecond / Stopwatch.Frequency),
            SiloProcessorTimeAtStart = processorAtStart,
            SiloProcessorTimeAtEnd = Environment.CpuUsage.TotalTime,
        };
    }

    private TextAnalyzer GetAnalyzer(BatchSettings settings) =>
        _analyzers.GetOrAdd(settings, static (s, models) => new TextAnalyzer(new TextAnalyzerOptions
        {
            SummaryLength = s.SummaryLength,
            MaxKeyphrases = s.MaxKeyphrases,
            RestoreCase = s.RestoreCase,
            RepairText = s.RepairText,
            TopicClassifier = models.TopicClassifier,
            EntityRecognizer = models.EntityRecognizer,
        }), _options);
}
