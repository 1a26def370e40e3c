using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.TestingHost;
using TextInsight.Cli.Input;
using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests;

/// <summary>Builds in-process test clusters of TextInsight silos and reads inputs as <c>analyze</c> does.</summary>
internal static class ClusterTestSupport
{
    /// <summary>Deploys a cluster of <paramref name="silos"/> silos, each analyzing one document at a time.</summary>
    public static async Task<TestCluster> DeployAsync(int silos)
    {
        var builder = new TestClusterBuilder((short)silos);
        builder.Options.ServiceId = SiloSettings.ServiceId;
        builder.Options.ClusterId = "textinsight-test-" + Guid.NewGuid().ToString("N")[..8];

        // Real sockets, as between machines: the CLI connects to these silos like any client.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>The <c>--cluster</c> value that reaches the cluster's gateways.</summary>
    public static string Gateways(TestCluster cluster) =>
        string.Join(',', cluster.GetActiveSilos().Select(s => $"127.0.0.1:{s.GatewayAddress!.Endpoint.Port}"));

    /// <summary>The documents of <paramref name="inputs"/>, read by the readers of <c>textinsight analyze</c>.</summary>
    public static IAsyncEnumerable<DocumentInput> Read(params string[] inputs)
    {
        var options = new InputOptions();
        var plan = InputPlan.Create(inputs, options);
        return new DocumentReader(options, new ReadProgress { TotalBytes = plan.TotalBytes }).ReadAsync(plan);
    }

    /// <summary>The JSON Lines that in-process <c>textinsight analyze</c> writes for <paramref name="input"/>, one entry per record.</summary>
    /// <param name="input">The input.</param>
    /// <param name="corpusIds">
    /// With the corpus ids that <c>analyze</c> adds (compare with <c>analyze --cluster</c>); without them to compare with
    /// the records of the coordinator itself, which the command resolves afterwards.
    /// </param>
    public static async Task<IReadOnlyList<string>> InProcessLinesAsync(string input, bool corpusIds = true)
    {
        var result = corpusIds
            ? await CliRunner.RunAsync("analyze", input, "--no-progress")
            : await CliRunner.RunAsync("analyze", input, "--no-progress", "--no-corpus-entities");
        Assert.Equal(0, result.ExitCode);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The record's JSON as text.</summary>
    public static string Line(ClusterRecord record) => Encoding.UTF8.GetString(record.Json.Span);

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddTextInsightWorkers(new SiloAnalyzerOptions { MaxDegreeOfParallelism = 1 });
            siloBuilder.AddIncomingGrainCallFilter<StallFilter>();
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(Microsoft.Extensions.Configuration.IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(1));
    }
}

/// <summary>
/// Makes one batch call hang on a chosen silo, as a batch does whose silo dies under it: the test picks the victim,
/// waits until a batch is stuck there, then kills that silo.
/// </summary>
internal sealed class StallFilter(ILocalSiloDetails silo, IHostApplicationLifetime lifetime) : IIncomingGrainCallFilter
{
    private static readonly Lock Gate = new();
    private static SiloAddress? victim;
    private static TaskCompletionSource? stalled;

    /// <summary>Arms the filter: the next batch call that reaches <paramref name="target"/> hangs; the task completes when it does.</summary>
    public static Task Arm(SiloAddress target)
    {
        lock (Gate)
        {
            victim = target;
            stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return stalled.Task;
        }
    }

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        TaskCompletionSource? hit = null;
        if (context.InterfaceMethod?.DeclaringType == typeof(IDocumentBatchGrain))
        {
            lock (Gate)
            {
                if (victim is not null && victim.Equals(silo.SiloAddress))
                {
                    hit = stalled;
                    victim = null;
                }
            }
        }

        if (hit is not null)
        {
            hit.TrySetResult();

            // Never answers: the call ends only when its silo goes down (an in-process silo cannot stop while a call
            // is still running, so the call is abandoned then, as a killed process abandons it).
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStopping);
        }

        await context.Invoke();
    }
}
