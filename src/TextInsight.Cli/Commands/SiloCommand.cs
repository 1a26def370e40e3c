using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TextInsight.Orleans;

namespace TextInsight.Cli.Commands;

/// <summary><c>textinsight silo</c>: runs an Orleans silo that analyzes batches for <c>analyze --cluster</c>, until stopped.</summary>
internal static class SiloCommand
{
    public static Command Create(CliConsole console)
    {
        var clusterId = new Option<string>("--cluster-id")
        {
            Description = "The cluster's id; every silo and client of one cluster gives the same.",
            DefaultValueFactory = _ => SiloSettings.DefaultClusterId,
        };
        var clustering = new Option<ClusteringKind>("--clustering")
        {
            Description = "Where silos find each other: localhost (one machine; the silo on the primary's port keeps the membership), redis or postgres.",
            DefaultValueFactory = _ => ClusteringKind.Localhost,
        };
        var connection = new Option<string>("--connection")
        {
            Description = "localhost: the primary silo's HOST:PORT (default 127.0.0.1:11111); redis: a StackExchange.Redis configuration (host:6379); postgres: an Npgsql connection string.",
        };
        var port = new Option<int>("--port")
        {
            Description = "The silo-to-silo port.",
            DefaultValueFactory = _ => SiloSettings.DefaultSiloPort,
        };
        var gatewayPort = new Option<int>("--gateway-port")
        {
            Description = "The port clients (analyze --cluster) connect to.",
            DefaultValueFactory = _ => ClusterConnection.DefaultGatewayPort,
        };
        var host = new Option<string>("--host")
        {
            Description = "The address other silos and clients reach this silo at, for redis and postgres clustering (default: this machine's host name).",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many documents of a batch this silo analyzes at once (default: the processor count).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var topicModel = new Option<string>("--topic-model") { Description = "A topic model trained with 'textinsight train topics', used by this silo instead of the built-in one." };
        var entityModel = new Option<string>("--entity-model") { Description = "A named-entity model trained with 'textinsight train entities', used by this silo instead of the built-in one." };

        var command = new Command("silo", "Run an Orleans silo that analyzes batches for 'textinsight analyze --cluster', until stopped (Ctrl+C or SIGTERM).")
        {
            clusterId, clustering, connection, port, gatewayPort, host, parallel, topicModel, entityModel,
        };
        foreach (var option in new[] { port, gatewayPort })
        {
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() is < 1 or > 65535)
                {
                    r.AddError($"{option.Name} must be a port from 1 to 65535.");
                }
            });
        }

        parallel.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--parallel must be at least 1.");
            }
        });
        command.Validators.Add(r =>
        {
            if (r.GetValue(clustering) != ClusteringKind.Localhost && string.IsNullOrWhiteSpace(r.GetValue(connection)))
            {
                r.AddError("--clustering redis and postgres need --connection.");
            }
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            if (await UserModels.LoadAsync("silo", parse.GetValue(topicModel), parse.GetValue(entityModel), console.Error).ConfigureAwait(false) is not { } models)
            {
                return Program.UsageError;
            }

            var (topics, entities) = (models.Topics, models.Entities);

            var settings = new SiloSettings
            {
                ClusterId = parse.GetValue(clusterId) ?? SiloSettings.DefaultClusterId,
                Clustering = parse.GetValue(clustering),
                Connection = parse.GetValue(connection),
                SiloPort = parse.GetValue(port),
                GatewayPort = parse.GetValue(gatewayPort),
                AdvertisedHost = parse.GetValue(host),
                Analyzer = new SiloAnalyzerOptions { MaxDegreeOfParallelism = parse.GetValue(parallel), TopicClassifier = topics, EntityRecognizer = entities },
            };
            return await RunAsync(settings, console, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(SiloSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = new HostBuilder()
                .UseOrleans(silo => silo.UseTextInsightSilo(settings))
                .ConfigureLogging(logging => ClusterSession.ConfigureLogging(logging, console.Error))
                .UseConsoleLifetime(o => o.SuppressStatusMessages = true)
                .Build();
        }
        catch (ArgumentException ex)
        {
            await console.Error.WriteLineAsync("textinsight silo: " + ex.Message).ConfigureAwait(false);
            return Program.UsageError;
        }

        using (host)
        {
            try
            {
                if (settings.Clustering == ClusteringKind.Postgres && !await PreparePostgresAsync(settings.Connection!, console, cancellationToken).ConfigureAwait(false))
                {
                    return Program.ClusterFailed;
                }

                // The silo joins its cluster while its models load beside it; it says it is ready when both are done.
                var analyzer = host.Services.GetRequiredService<SiloAnalyzer>();
                await Task.WhenAll(host.StartAsync(cancellationToken), analyzer.LoadModelsAsync()).ConfigureAwait(false);
                await WarmUpAsync(host.Services, console, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Program.Cancelled;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                await console.Error.WriteLineAsync($"textinsight silo: cannot start: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
                return Program.ClusterFailed;
            }

            await console.Error.WriteLineAsync(
                $"silo ready: cluster {settings.ClusterId} ({settings.Clustering.ToString().ToLowerInvariant()}), silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, {settings.Analyzer.MaxDegreeOfParallelism} documents at once").ConfigureAwait(false);
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await host.StopAsync(stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await console.Error.WriteLineAsync("silo stopped").ConfigureAwait(false);
            return Program.Success;
        }
    }

    /// <summary>
    /// Runs a sample batch through the silo's own batch path before it says it is ready (docs/SCALE-OUT.md): a client's
    /// first batch then finds it compiled. Only a head start: a failure is reported and the silo starts all the same.
    /// </summary>
    private static async Task WarmUpAsync(IServiceProvider services, CliConsole console, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await services.WarmUpTextInsightSiloAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"silo: the warm-up batch failed ({ex.GetType().Name}: {ex.Message}); starting without it").ConfigureAwait(false);
        }
    }

    /// <summary>Creates the Orleans membership tables in PostgreSQL where they are missing; false (reported) when the database cannot be used.</summary>
    private static async Task<bool> PreparePostgresAsync(string connection, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            if (await PostgresMembershipSchema.EnsureCreatedAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                await console.Error.WriteLineAsync("silo: created the Orleans membership tables in the PostgreSQL database").ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"textinsight silo: cannot prepare the membership tables in PostgreSQL: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
