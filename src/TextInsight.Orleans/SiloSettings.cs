using System.Net;

namespace TextInsight.Orleans;

/// <summary>How a silo joins its cluster: what <c>textinsight silo</c> is given.</summary>
public sealed record SiloSettings
{
    /// <summary>The cluster id used when none is given.</summary>
    public const string DefaultClusterId = "textinsight";

    /// <summary>The service id of every TextInsight cluster (Orleans keys its storage by it).</summary>
    public const string ServiceId = "textinsight";

    /// <summary>The default silo-to-silo port.</summary>
    public const int DefaultSiloPort = 11111;

    /// <summary>The cluster's id.</summary>
    public string ClusterId { get; init; } = DefaultClusterId;

    /// <summary>Where silos find each other.</summary>
    public ClusteringKind Clustering { get; init; } = ClusteringKind.Localhost;

    /// <summary>
    /// For <see cref="ClusteringKind.Localhost"/>, the primary silo's endpoint (<c>127.0.0.1:11111</c> by default; the
    /// silo listening there is the primary); for Redis, a StackExchange.Redis configuration; for PostgreSQL, an Npgsql
    /// connection string.
    /// </summary>
    public string? Connection { get; init; }

    /// <summary>The silo-to-silo port.</summary>
    public int SiloPort { get; init; } = DefaultSiloPort;

    /// <summary>The port clients connect to.</summary>
    public int GatewayPort { get; init; } = ClusterConnection.DefaultGatewayPort;

    /// <summary>
    /// The address other silos and clients reach this silo at (a host name or IP address); for Redis and PostgreSQL
    /// clustering, this machine's host name by default. Ignored for localhost clustering, which uses 127.0.0.1.
    /// </summary>
    public string? AdvertisedHost { get; init; }

    /// <summary>How the silo analyzes.</summary>
    public SiloAnalyzerOptions Analyzer { get; init; } = new();

    /// <summary>The primary silo's endpoint for localhost clustering.</summary>
    /// <exception cref="ArgumentException"><see cref="Connection"/> is not HOST:PORT.</exception>
    public IPEndPoint PrimarySiloEndpoint => string.IsNullOrWhiteSpace(Connection)
        ? new IPEndPoint(IPAddress.Loopback, DefaultSiloPort)
        : ClusterConnection.ParseEndpoint(Connection, nameof(Connection));
}
