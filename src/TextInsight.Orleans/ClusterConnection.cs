using System.Globalization;
using System.Net;

namespace TextInsight.Orleans;

/// <summary>
/// How a client reaches a cluster, parsed from the <c>--cluster</c> value of <c>textinsight analyze</c>:
/// <list type="bullet">
/// <item><c>HOST:PORT[,HOST:PORT…]</c>: the gateways of a localhost (or otherwise fixed) cluster, for example <c>127.0.0.1:30000,127.0.0.1:30001</c>;
/// <c>localhost</c> alone means <c>127.0.0.1:30000</c>;</item>
/// <item><c>redis:CONFIG</c>: the gateways are read from Redis (a StackExchange.Redis configuration, for example <c>redis:redis:6379</c>);</item>
/// <item><c>postgres:CONNECTION-STRING</c>: the gateways are read from PostgreSQL (an Npgsql connection string).</item>
/// </list>
/// </summary>
public sealed record ClusterConnection
{
    /// <summary>The default gateway port of a silo.</summary>
    public const int DefaultGatewayPort = 30000;

    /// <summary>The membership kind.</summary>
    public required ClusteringKind Kind { get; init; }

    /// <summary>The gateways, for <see cref="ClusteringKind.Localhost"/>.</summary>
    public IReadOnlyList<IPEndPoint> Gateways { get; init; } = [];

    /// <summary>The Redis configuration or PostgreSQL connection string, for the other kinds.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>The cluster's id (all silos and clients of one cluster share it).</summary>
    public string ClusterId { get; init; } = SiloSettings.DefaultClusterId;

    /// <summary>Parses a <c>--cluster</c> value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="clusterId">The cluster id; the default when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The value is empty or not one of the forms above; the message says why.</exception>
    public static ClusterConnection Parse(string value, string? clusterId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        string id = string.IsNullOrWhiteSpace(clusterId) ? SiloSettings.DefaultClusterId : clusterId;
        value = value.Trim();
        if (value.StartsWith("redis:", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterConnection { Kind = ClusteringKind.Redis, ConnectionString = Rest(value, "redis:"), ClusterId = id };
        }

        if (value.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterConnection { Kind = ClusteringKind.Postgres, ConnectionString = Rest(value, "postgres:"), ClusterId = id };
        }

        if (value.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new ClusterConnection { Kind = ClusteringKind.Localhost, Gateways = [new IPEndPoint(IPAddress.Loopback, DefaultGatewayPort)], ClusterId = id };
        }

        var gateways = new List<IPEndPoint>();
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            gateways.Add(ParseEndpoint(part, nameof(value)));
        }

        return new ClusterConnection { Kind = ClusteringKind.Localhost, Gateways = gateways, ClusterId = id };
    }

    /// <summary>Parses <c>HOST:PORT</c>, resolving a host name.</summary>
    /// <exception cref="ArgumentException">Not a host and port.</exception>
    internal static IPEndPoint ParseEndpoint(string text, string paramName)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
        {
            throw new ArgumentException($"'{text}' is not HOST:PORT (for example 127.0.0.1:30000), redis:CONFIG or postgres:CONNECTION-STRING.", paramName);
        }

        string host = text[..colon].Trim('[', ']');
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return new IPEndPoint(IPAddress.Loopback, port);
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return new IPEndPoint(address, port);
        }

        try
        {
            var addresses = Dns.GetHostAddresses(host);
            return addresses.Length > 0
                ? new IPEndPoint(addresses[0], port)
                : throw new ArgumentException($"The host '{host}' has no address.", paramName);
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            throw new ArgumentException($"The host '{host}' cannot be resolved: {ex.Message}", paramName, ex);
        }
    }

    private static string Rest(string value, string prefix)
    {
        string rest = value[prefix.Length..].Trim();
        return rest.Length > 0 ? rest : throw new ArgumentException($"'{prefix}' must be followed by a connection string.", nameof(value));
    }
}
