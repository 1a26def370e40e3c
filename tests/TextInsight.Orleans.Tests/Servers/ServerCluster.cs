using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests.Servers;

/// <summary>
/// A membership server and three <c>textinsight silo</c> processes that join through it, as a data team runs them:
/// separate processes of the built tool, real sockets on 127.0.0.1, one cluster id. Stopped, with the server, at the end.
/// </summary>
public abstract class ServerCluster : IAsyncLifetime
{
    /// <summary>How many silos the cluster starts with.</summary>
    public const int SiloCount = 3;

    private readonly ExternalProcess?[] _silos = new ExternalProcess?[SiloCount];
    private readonly (int Silo, int Gateway)[] _ports = new (int, int)[SiloCount];

    internal abstract MembershipServer Kind { get; }

    internal MembershipServerProcess Server { get; private set; } = null!;

    /// <summary>This cluster's id, unique per run.</summary>
    public string ClusterId { get; } = "ci-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The silo-to-silo port of silo <paramref name="index"/>.</summary>
    public int SiloPort(int index) => _ports[index].Silo;

    public async Task InitializeAsync()
    {
        // A test that is skipped (no server here) still gets its fixture: only start what can run.
        if (!ServerPrograms.Required && ServerPrograms.Missing(Kind) is not null)
        {
            return;
        }

        Server = await MembershipServerProcess.StartAsync(Kind);
        for (int i = 0; i < SiloCount; i++)
        {
            _ports[i] = (ExternalProcess.FreePort(), ExternalProcess.FreePort());
        }

        // Started together, as a deployment does: they race to create the membership table and to join.
        for (int i = 0; i < SiloCount; i++)
        {
            _silos[i] = StartSilo(i);
        }

        await Task.WhenAll(Enumerable.Range(0, SiloCount).Select(WaitReadyAsync));
    }

    /// <summary>Kills silo <paramref name="index"/> with SIGKILL: it leaves its row in the membership table as it was.</summary>
    internal void Kill(int index)
    {
        _silos[index]?.Dispose();
        _silos[index] = null;
    }

    /// <summary>Starts silo <paramref name="index"/> again, same ports and cluster id, and waits until it has joined.</summary>
    internal async Task RestartAsync(int index)
    {
        Kill(index);
        _silos[index] = StartSilo(index);
        await WaitReadyAsync(index);
    }

    /// <summary>What silo <paramref name="index"/> logged so far.</summary>
    internal string SiloLog(int index) => _silos[index]?.Output ?? string.Empty;

    /// <summary>Starts <c>textinsight analyze</c> on this cluster as its own process.</summary>
    internal ExternalProcess StartAnalyze(params string[] args) =>
        Cli.Start(["analyze", .. args, "--cluster", Server.ClusterArgument, "--cluster-id", ClusterId, "--no-progress"]);

    public async Task DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            silo?.Dispose();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    private ExternalProcess StartSilo(int index) => Cli.Start(
    [
        "silo", "--clustering", Server.Clustering, "--connection", Server.Connection, "--cluster-id", ClusterId,
        "--host", "127.0.0.1", "--port", _ports[index].Silo.ToString(), "--gateway-port", _ports[index].Gateway.ToString(), "--parallel", "1",
    ]);

    private Task WaitReadyAsync(int index) =>
        _silos[index]!.WaitForAsync(line => line.StartsWith("silo ready", StringComparison.Ordinal), TimeSpan.FromMinutes(3), $"silo {index} ({Kind})");
}

/// <summary>Three silos on a Redis membership table.</summary>
public sealed class RedisCluster : ServerCluster
{
    internal override MembershipServer Kind => MembershipServer.Redis;
}

/// <summary>Three silos on a PostgreSQL membership table that the first of them creates.</summary>
public sealed class PostgresCluster : ServerCluster
{
    internal override MembershipServer Kind => MembershipServer.Postgres;
}

/// <summary>Runs the built <c>textinsight</c> (TextInsight.Cli.dll beside the tests) as a separate process.</summary>
internal static class Cli
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "TextInsight.Cli.dll");

    public static ExternalProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null) =>
        ExternalProcess.Start("dotnet", [Dll, .. args], RepoPaths.Root, environment);
}

/// <summary>The server cluster tests run after the parallel ones, one at a time: each starts a server and five processes.</summary>
[CollectionDefinition(nameof(ClusterServers), DisableParallelization = true)]
public sealed class ClusterServers;
