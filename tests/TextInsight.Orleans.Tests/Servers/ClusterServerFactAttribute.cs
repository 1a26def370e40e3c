namespace TextInsight.Orleans.Tests.Servers;

/// <summary>The membership servers the cluster tests start: the Debian packages <c>redis-server</c> and <c>postgresql</c>.</summary>
public enum MembershipServer
{
    /// <summary><c>redis-server</c>.</summary>
    Redis,

    /// <summary>PostgreSQL's <c>initdb</c> and <c>pg_ctl</c>.</summary>
    Postgres,
}

/// <summary>
/// A test that starts a real membership server (Redis or PostgreSQL) on 127.0.0.1 and <c>textinsight silo</c>
/// processes. Skipped with a message where the server's programs are absent, unless
/// TEXTINSIGHT_REQUIRE_CLUSTER_SERVERS=1 (set by CI through .ci/cluster-servers.sh), where it runs and fails instead.
/// </summary>
public sealed class ClusterServerFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the server's programs are absent and not required.</summary>
    public ClusterServerFactAttribute(MembershipServer server)
    {
        if (!ServerPrograms.Required && ServerPrograms.Missing(server) is { } missing)
        {
            Skip = $"{missing}: this {server} cluster test is skipped; CI installs the package and sets TEXTINSIGHT_REQUIRE_CLUSTER_SERVERS=1.";
        }
    }
}

/// <summary>Finds the servers' programs.</summary>
internal static class ServerPrograms
{
    /// <summary>Whether the tests must run (CI): a missing server is then a failure, not a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("TEXTINSIGHT_REQUIRE_CLUSTER_SERVERS") == "1";

    /// <summary><c>redis-server</c> on the PATH (or /usr/bin), or null.</summary>
    public static string? RedisServer => Find("redis-server", ["/usr/bin", "/usr/local/bin"]);

    /// <summary>The newest PostgreSQL's program folder (/usr/lib/postgresql/N/bin, with initdb and pg_ctl), or null.</summary>
    public static string? PostgresBin
    {
        get
        {
            const string root = "/usr/lib/postgresql";
            if (!Directory.Exists(root))
            {
                return null;
            }

            return Directory.GetDirectories(root)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out int v) ? v : -1, Bin: Path.Combine(d, "bin")))
                .Where(x => File.Exists(Path.Combine(x.Bin, "initdb")) && File.Exists(Path.Combine(x.Bin, "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .FirstOrDefault();
        }
    }

    /// <summary>Why the server cannot be started here, or null when it can.</summary>
    public static string? Missing(MembershipServer server) => server switch
    {
        MembershipServer.Redis when RedisServer is null => "redis-server is not installed (Debian package redis-server)",
        MembershipServer.Postgres when PostgresBin is null => "PostgreSQL's initdb and pg_ctl are not in /usr/lib/postgresql/*/bin (Debian package postgresql)",
        _ => null,
    };

    private static string? Find(string name, string[] fallbacks)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(fallbacks);
        return folders.Select(f => Path.Combine(f, name)).FirstOrDefault(File.Exists);
    }
}
