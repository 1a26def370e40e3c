using System.Net.Sockets;

namespace TextInsight.Orleans.Tests.Servers;

/// <summary>A membership server started for a test run on 127.0.0.1, in a temporary folder removed when disposed.</summary>
internal abstract class MembershipServerProcess : IAsyncDisposable
{
    protected MembershipServerProcess()
    {
        Folder = Path.Combine(Path.GetTempPath(), "textinsight-cluster-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Folder);
        Port = ExternalProcess.FreePort();
    }

    /// <summary>The server's temporary folder.</summary>
    public string Folder { get; }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The <c>--clustering</c> value of <c>textinsight silo</c>.</summary>
    public abstract string Clustering { get; }

    /// <summary>The <c>--connection</c> value of <c>textinsight silo</c>.</summary>
    public abstract string Connection { get; }

    /// <summary>The <c>--cluster</c> value of <c>textinsight analyze</c>.</summary>
    public string ClusterArgument => $"{Clustering}:{Connection}";

    /// <summary>Starts the server for <paramref name="server"/>; throws with a clear message where it cannot run.</summary>
    public static async Task<MembershipServerProcess> StartAsync(MembershipServer server)
    {
        if (ServerPrograms.Missing(server) is { } missing)
        {
            throw new InvalidOperationException($"TEXTINSIGHT_REQUIRE_CLUSTER_SERVERS=1 but {missing}.");
        }

        MembershipServerProcess process = server == MembershipServer.Redis ? new RedisServerProcess() : new PostgresServerProcess();
        try
        {
            await process.StartAsync();
            return process;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    protected abstract Task StartAsync();

    protected abstract Task StopAsync();

    /// <summary>Waits until the port accepts connections.</summary>
    protected async Task WaitForPortAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held: the temporary folder is left to the system.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}

/// <summary><c>redis-server</c> on a free port, persisting nothing.</summary>
internal sealed class RedisServerProcess : MembershipServerProcess
{
    private ExternalProcess? _server;

    public override string Clustering => "redis";

    public override string Connection => $"127.0.0.1:{Port}";

    protected override async Task StartAsync()
    {
        _server = ExternalProcess.Start(ServerPrograms.RedisServer!,
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", Folder, "--save", "", "--appendonly", "no", "--daemonize", "no"]);
        await WaitForPortAsync(TimeSpan.FromSeconds(30));
    }

    protected override Task StopAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// A PostgreSQL cluster made by <c>initdb</c> in the temporary folder and run by <c>pg_ctl</c> on a free port, trust
/// authentication for the user <c>textinsight</c>, sockets in the folder. PostgreSQL refuses to run as root: as root,
/// its programs run as the user <c>postgres</c> that the Debian package creates.
/// </summary>
internal sealed class PostgresServerProcess : MembershipServerProcess
{
    private bool _started;

    public override string Clustering => "postgres";

    public override string Connection => $"Host=127.0.0.1;Port={Port};Username=textinsight;Database=postgres;Timeout=10";

    private string Data => Path.Combine(Folder, "data");

    protected override async Task StartAsync()
    {
        // Writable by the postgres user, which creates the data folder inside.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Folder, (UnixFileMode)0b111_111_111);
        }

        await RunAsync("initdb", ["-D", Data, "-U", "textinsight", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
        await RunAsync("pg_ctl", ["-D", Data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {Folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50", "start"]);
        _started = true;
        await WaitForPortAsync(TimeSpan.FromSeconds(30));
    }

    protected override async Task StopAsync()
    {
        if (_started)
        {
            await RunAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]);
        }
    }

    private static Task<string> RunAsync(string program, string[] args)
    {
        string path = Path.Combine(ServerPrograms.PostgresBin!, program);
        return Environment.IsPrivilegedProcess
            ? ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", path, .. args], TimeSpan.FromMinutes(2))
            : ExternalProcess.RunAsync(path, args, TimeSpan.FromMinutes(2));
    }
}
