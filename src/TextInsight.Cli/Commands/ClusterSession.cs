using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TextInsight.Cli.Output;
using TextInsight.Orleans;
using TextInsight.Serialization;

namespace TextInsight.Cli.Commands;

/// <summary>A connection of <c>analyze --cluster</c> to an Orleans cluster, and the coordinator that runs the batch there.</summary>
internal sealed class ClusterSession : IAsyncDisposable
{
    private readonly ClientHost _host;
    private readonly ILogger _logger;

    private ClusterSession(ClientHost host, IClusterClient client, ClusterBatchOptions options, ILogger logger)
    {
        _host = host;
        _logger = logger;
        Client = client;
        Coordinator = new ClusterBatchCoordinator(client, options, logger);
    }

    /// <summary>The connected client.</summary>
    internal IClusterClient Client { get; }

    public ClusterBatchCoordinator Coordinator { get; private set; }

    /// <summary>Runs the batch with <paramref name="options"/> (a connection made before the command line was parsed knew only the cluster); before the run only.</summary>
    internal void UseOptions(ClusterBatchOptions options) => Coordinator = new ClusterBatchCoordinator(Client, options, _logger);

    /// <summary>How long <see cref="ConnectAsync"/> waits for a gateway before it gives up.</summary>
    internal static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Connects to the cluster; throws when no gateway answers.</summary>
    public static async Task<ClusterSession> ConnectAsync(ClusterConnection connection, ClusterBatchOptions options, TextWriter log, CancellationToken cancellationToken, TimeSpan? connectTimeout = null)
    {
        var timeout = connectTimeout ?? ConnectTimeout;

        // The Orleans client's services alone, started as a host would start them: no generic host (its configuration
        // sources, environment, console lifetime and signal handlers), which the command has no use for.
        var host = ClientHost.Create(services => services
            .AddLogging(logging => ConfigureLogging(logging, log))
            .AddOrleansClient(client => client.UseTextInsightCluster(connection, options.BatchTimeout + TimeSpan.FromSeconds(30))));
        StartupTimeline.Mark(StartupTimeline.Step.ClientBuilt);
        // Without a limit the client retries an unreachable gateway for ever: the user gets exit code 3 instead.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await host.StartAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await host.DisposeAsync().ConfigureAwait(false);
            string where = connection.Gateways.Count > 0 ? string.Join(", ", connection.Gateways) : $"the {connection.Kind} cluster";
            throw new TimeoutException($"no gateway of {where} answered within {timeout.TotalSeconds:0} s", ex);
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        StartupTimeline.Mark(StartupTimeline.Step.Connected);
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TextInsight.Cluster");
        var client = host.Services.GetRequiredService<IClusterClient>();
        var session = new ClusterSession(host, client, options, logger);
        session._warmUp = WarmUpAsync(client, WarmUpKeys, options.BatchTimeout);
        return session;
    }

    /// <summary>How many grain keys are warmed up at connection: those of the first batches (the default --batches-in-flight).</summary>
    internal const int WarmUpKeys = 8;

    private Task _warmUp = Task.CompletedTask;

    /// <summary>The calls sent at connection to warm up the first batches' grain keys (for tests).</summary>
    internal Task WarmUp => _warmUp;

    /// <summary>
    /// Sends one small call to each of the grain keys the first <paramref name="keys"/> batches go to, while the command
    /// reads its first documents: the client's proxy, serializers and connection paths are compiled, each key is assigned
    /// its gateway and the worker grains are activated on the silos before the first batch needs them, so that its answer
    /// comes sooner. The call carries one document that failed to read, which a silo answers with an error record without
    /// analyzing anything; its answer is dropped. A failure is left to the batches themselves (they retry).
    /// </summary>
    private static async Task WarmUpAsync(IClusterClient client, int keys, TimeSpan timeout)
    {
        var batch = new DocumentBatch
        {
            FirstIndex = -1,
            Documents = [new BatchDocument { Source = "textinsight:warm-up", ErrorCode = "warm_up", ErrorMessage = "a call that warms up the connection" }],
        };
        var calls = new Task[keys];
        for (int key = 0; key < keys; key++)
        {
            calls[key] = client.GetGrain<IDocumentBatchGrain>(key).AnalyzeAsync(batch).WaitAsync(timeout);
        }

        try
        {
            await Task.WhenAll(calls).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Only a head start.
        }
    }

    /// <summary>The documents, noting in the start-up timeline when the first batch (the first <paramref name="batchSize"/> documents) has been handed on.</summary>
    internal static async IAsyncEnumerable<DocumentInput> MarkFirstBatch(IAsyncEnumerable<DocumentInput> documents, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int count = 0;
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return document;

            // The coordinator asks for the next document once it has sent the batch the previous one closed.
            if (++count == batchSize)
            {
                StartupTimeline.Mark(StartupTimeline.Step.FirstBatchSent);
            }
        }

        if (count < batchSize)
        {
            StartupTimeline.Mark(StartupTimeline.Step.FirstBatchSent);
        }
    }

    /// <summary>Where the cluster is looked for, for messages: the gateways, or the membership table's server (never a password).</summary>
    internal static string Describe(ClusterConnection connection)
    {
        switch (connection.Kind)
        {
            case ClusteringKind.Redis:
                // A StackExchange.Redis configuration: endpoints first, then key=value options (a password among them).
                var endpoints = (connection.ConnectionString ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(part => !part.Contains('=', StringComparison.Ordinal));
                return $"the membership table in Redis at {string.Join(", ", endpoints)} (cluster id {connection.ClusterId})";
            case ClusteringKind.Postgres:
                try
                {
                    var builder = new Npgsql.NpgsqlConnectionStringBuilder(connection.ConnectionString);
                    return $"the membership table in PostgreSQL at {builder.Host}:{builder.Port}, database {builder.Database ?? builder.Username} (cluster id {connection.ClusterId})";
                }
                catch (ArgumentException)
                {
                    return $"the membership table in PostgreSQL (cluster id {connection.ClusterId})";
                }

            default:
                return string.Join(", ", connection.Gateways);
        }
    }

    /// <summary>The records of the documents, from the cluster, in input order.</summary>
    public async IAsyncEnumerable<AnalysisRecord> AnalyzeAsync(IAsyncEnumerable<DocumentInput> documents, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var record in Coordinator.AnalyzeAsync(documents, cancellationToken).ConfigureAwait(false))
        {
            // Parsed back so that every output format gets the record; the JSON writer then writes the same bytes.
            yield return JsonSerializer.Deserialize(record.Json.Span, AnalysisJsonContext.Default.AnalysisRecord)
                ?? throw new InvalidDataException($"{record.Source}: the cluster returned a null record.");
        }
    }

    /// <summary>Orleans logs warnings and errors (a retry, a lost silo) to standard error, one line each.</summary>
    internal static void ConfigureLogging(ILoggingBuilder logging, TextWriter log)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Warning);

        // Start-up notes (server GC advice, a watchdog that counts from process start) are not actionable here.
        logging.AddFilter("Orleans.Runtime.Silo", LogLevel.Error);
        logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        logging.AddProvider(new LineLoggerProvider(log));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _host.StopAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            await _host.DisposeAsync().ConfigureAwait(false);
        }
    }
}
