using System.Globalization;
using TextInsight.Orleans;

namespace TextInsight.Cli.Commands;

/// <summary>
/// Starts building the Orleans client and connecting to the cluster on a background task as soon as the raw command line
/// says <c>analyze … --cluster CONN</c>, before it is parsed: the client's set-up (about 1 s of compiling and
/// starting Orleans' services) then runs beside the parsing of the command line, the input plan and the opening of the
/// output, as in-process analysis loads its models beside them (<see cref="AnalyzeCommand.PreloadModels"/>).
/// </summary>
/// <remarks>
/// A guess from the raw arguments: the command takes the connection only when the parsed command line asks for the same
/// one (<see cref="TakeAsync"/>); otherwise, or when the command stops before connecting (a usage error, a missing
/// input), the early connection is cancelled and closed when the command ends (<see cref="DisposeAsync"/>). Errors of the
/// early connection (no gateway, the membership server unreachable) are those of <see cref="ClusterSession.ConnectAsync"/>,
/// met when the command takes it, so they end the command exactly as a connection made there would.
/// </remarks>
internal sealed class ClusterPrestart : IAsyncDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly Task<ClusterSession> _session;
    private int _taken;

    private ClusterPrestart(ClusterConnection connection, TimeSpan batchTimeout, CancellationTokenSource cancel, Task<ClusterSession> session)
    {
        Connection = connection;
        BatchTimeout = batchTimeout;
        _cancel = cancel;
        _session = session;
    }

    /// <summary>The connection the raw command line asked for.</summary>
    internal ClusterConnection Connection { get; }

    /// <summary>The batch timeout the raw command line gave (the client's response timeout depends on it).</summary>
    internal TimeSpan BatchTimeout { get; }

    /// <summary>The early connection's task (for tests).</summary>
    internal Task<ClusterSession> Session => _session;

    /// <summary>
    /// Starts connecting when <paramref name="args"/> is an <c>analyze</c> command line with <c>--cluster</c> whose cluster
    /// options can be read without the parser; otherwise returns <see langword="null"/> and the command connects as usual.
    /// </summary>
    /// <param name="args">The raw command line.</param>
    /// <param name="log">Where Orleans' warnings go.</param>
    /// <param name="cancellationToken">The command's token (Ctrl+C).</param>
    /// <param name="connectTimeout">How long to wait for a gateway; <see cref="ClusterSession.ConnectTimeout"/> when <see langword="null"/>.</param>
    public static ClusterPrestart? Start(string[] args, TextWriter log, CancellationToken cancellationToken, TimeSpan? connectTimeout = null)
    {
        if (Read(args) is not { } wanted)
        {
            return null;
        }

        var options = new ClusterBatchOptions { BatchTimeout = wanted.BatchTimeout };
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var session = Task.Run(() => ClusterSession.ConnectAsync(wanted.Connection, options, log, cancel.Token, connectTimeout), CancellationToken.None);
        return new ClusterPrestart(wanted.Connection, wanted.BatchTimeout, cancel, session);
    }

    /// <summary>
    /// The early connection when it is the one the parsed command line asks for (same cluster, same batch timeout), to be
    /// awaited as <see cref="ClusterSession.ConnectAsync"/> would be; <see langword="null"/> when it is not (it is then
    /// closed at <see cref="DisposeAsync"/>) or was taken already.
    /// </summary>
    public Task<ClusterSession>? TakeAsync(ClusterConnection connection, ClusterBatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        if (!SameCluster(Connection, connection) || options.BatchTimeout != BatchTimeout)
        {
            return null;
        }

        return Interlocked.Exchange(ref _taken, 1) == 0 ? WithOptionsAsync(options) : null;
    }

    private async Task<ClusterSession> WithOptionsAsync(ClusterBatchOptions options)
    {
        var session = await _session.ConfigureAwait(false);
        session.UseOptions(options);
        return session;
    }

    /// <summary>Cancels and closes the early connection unless the command took it (the command then disposes its session).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _taken, 1) == 0)
        {
            await _cancel.CancelAsync().ConfigureAwait(false);
            try
            {
                var session = await _session.ConfigureAwait(false);
                await session.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Cancelled or failed: nothing was connected, and nobody asked for it.
            }
        }

        _cancel.Dispose();
    }

    /// <summary>The cluster options of an <c>analyze --cluster</c> command line, read without the parser; <see langword="null"/> when there are none or they are unclear.</summary>
    internal static (ClusterConnection Connection, TimeSpan BatchTimeout)? Read(string[] args)
    {
        if (args.Length < 2 || args[0] != "analyze")
        {
            return null;
        }

        string? cluster = null;
        string? clusterId = null;
        double batchTimeout = 60;
        for (int i = 1; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg is "--")
            {
                // Only inputs follow.
                break;
            }

            if (arg.StartsWith('@') || arg is "-h" or "--help" or "-?")
            {
                // A response file or help: left to the parser.
                return null;
            }

            if (Value(args, ref i, "--cluster") is { } c)
            {
                cluster = c;
            }
            else if (Value(args, ref i, "--cluster-id") is { } id)
            {
                clusterId = id;
            }
            else if (Value(args, ref i, "--batch-timeout") is { } t)
            {
                if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out batchTimeout) || !(batchTimeout > 0))
                {
                    return null;
                }
            }
        }

        return cluster is null ? null : Build(cluster, clusterId, batchTimeout);

        static (ClusterConnection, TimeSpan)? Build(string cluster, string? clusterId, double seconds)
        {
            try
            {
                return (ClusterConnection.Parse(cluster, clusterId), TimeSpan.FromSeconds(seconds));
            }
            catch (Exception ex) when (ex is ArgumentException or OverflowException)
            {
                return null;
            }
        }
    }

    /// <summary>The value of option <paramref name="name"/> at <paramref name="i"/> (<c>--name value</c>, <c>--name=value</c> or <c>--name:value</c>), moving past it.</summary>
    private static string? Value(string[] args, ref int i, string name)
    {
        string arg = args[i];
        if (!arg.StartsWith(name, StringComparison.Ordinal))
        {
            return null;
        }

        if (arg.Length == name.Length)
        {
            if (i + 1 >= args.Length)
            {
                return null;
            }

            i++;
            return args[i];
        }

        return arg[name.Length] is '=' or ':' ? arg[(name.Length + 1)..] : null;
    }

    private static bool SameCluster(ClusterConnection a, ClusterConnection b) =>
        a.Kind == b.Kind
        && string.Equals(a.ConnectionString, b.ConnectionString, StringComparison.Ordinal)
        && string.Equals(a.ClusterId, b.ClusterId, StringComparison.Ordinal)
        && a.Gateways.SequenceEqual(b.Gateways);
}
