using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;

namespace TextInsight.Orleans;

/// <summary>Configures Orleans silos and clients for TextInsight.</summary>
public static class TextInsightOrleansExtensions
{
    /// <summary>The ADO.NET invariant of the PostgreSQL provider (Npgsql).</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>Registers the silo's <see cref="SiloAnalyzer"/> (one per silo) that the batch grain uses.</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="options">Parallelism and models; defaults when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddTextInsightWorkers(this ISiloBuilder builder, SiloAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(new SiloAnalyzer(options));
        return builder;
    }

    /// <summary>Configures a silo as <c>textinsight silo</c> does: clustering, endpoints, ids and the batch workers.</summary>
    /// <param name="builder">The silo.</param>
    /// <param name="settings">How the silo joins its cluster.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Redis or PostgreSQL clustering without a connection string, or a localhost primary endpoint that is not HOST:PORT.</exception>
    public static ISiloBuilder UseTextInsightSilo(this ISiloBuilder builder, SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Clustering == ClusteringKind.Localhost)
        {
            var primary = settings.PrimarySiloEndpoint;
            bool isPrimary = primary.Port == settings.SiloPort && IPAddress.IsLoopback(primary.Address);
            builder.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, isPrimary ? null : primary, SiloSettings.ServiceId, settings.ClusterId);
        }
        else
        {
            string connection = !string.IsNullOrWhiteSpace(settings.Connection)
                ? settings.Connection
                : throw new ArgumentException($"{settings.Clustering} clustering needs a connection string.", nameof(settings));
            if (settings.Clustering == ClusteringKind.Redis)
            {
                builder.UseRedisClustering(connection);
            }
            else
            {
                builder.UseAdoNetClustering(o =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = connection;
                });
            }

            builder.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = SiloSettings.ServiceId;
            });
            builder.ConfigureEndpoints(settings.AdvertisedHost ?? Dns.GetHostName(), settings.SiloPort, settings.GatewayPort, System.Net.Sockets.AddressFamily.InterNetwork, listenOnAnyHostAddress: true);
        }

        return builder.AddTextInsightWorkers(settings.Analyzer);
    }

    /// <summary>
    /// Runs one small batch (an article as plain text and as HTML) through a started silo's own batch path: the batch
    /// grain's activation and call, the batch analysis, the records' JSON and the Orleans codecs of the batch and its
    /// answer. Call it after the silo has started and before it is announced as ready, so that a client's first batch
    /// does not pay for compiling that path; <c>textinsight silo</c> does.
    /// </summary>
    /// <param name="services">The started silo's services (the host's <see cref="IServiceProvider"/>).</param>
    /// <param name="cancellationToken">Stops waiting for the call.</param>
    /// <returns>A task that completes when the batch's answer has been read back.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static Task WarmUpTextInsightSiloAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return SiloWarmUp.RunAsync(services, cancellationToken);
    }

    /// <summary>Configures a client to reach a TextInsight cluster.</summary>
    /// <param name="builder">The client.</param>
    /// <param name="connection">The cluster's gateways or membership table.</param>
    /// <param name="responseTimeout">How long the client waits for any one call; at least a batch's timeout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No gateway, or no connection string.</exception>
    public static IClientBuilder UseTextInsightCluster(this IClientBuilder builder, ClusterConnection connection, TimeSpan responseTimeout)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        switch (connection.Kind)
        {
            case ClusteringKind.Localhost:
                if (connection.Gateways.Count == 0)
                {
                    throw new ArgumentException("A localhost cluster needs at least one gateway.", nameof(connection));
                }

                builder.UseStaticClustering([.. connection.Gateways]);
                break;
            case ClusteringKind.Redis:
                builder.UseRedisClustering(connection.ConnectionString ?? throw new ArgumentException("Redis clustering needs a configuration string.", nameof(connection)));
                break;
            default:
                string cs = connection.ConnectionString ?? throw new ArgumentException("PostgreSQL clustering needs a connection string.", nameof(connection));
                builder.UseAdoNetClustering(o =>
                {
                    o.Invariant = PostgresInvariant;
                    o.ConnectionString = cs;
                });
                break;
        }

        builder.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = connection.ClusterId;
            o.ServiceId = SiloSettings.ServiceId;
        });
        builder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = responseTimeout);
        return builder;
    }
}
