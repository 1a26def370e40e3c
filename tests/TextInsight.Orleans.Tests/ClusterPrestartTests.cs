using System.Diagnostics;
using System.Net;
using TextInsight.Cli.Commands;
using TextInsight.Orleans.Tests.Servers;
using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests;

/// <summary>The connection that <c>analyze --cluster</c> starts before its command line is parsed.</summary>
public sealed class ClusterPrestartTests
{
    [Fact]
    public void The_cluster_options_are_read_from_the_raw_command_line_in_each_spelling()
    {
        var read = ClusterPrestart.Read(["analyze", "in", "--cluster", "127.0.0.1:7001,127.0.0.1:7002", "--cluster-id", "news", "--batch-timeout", "5", "-o", "x.jsonl"]);

        Assert.NotNull(read);
        Assert.Equal([new IPEndPoint(IPAddress.Loopback, 7001), new IPEndPoint(IPAddress.Loopback, 7002)], read.Value.Connection.Gateways);
        Assert.Equal("news", read.Value.Connection.ClusterId);
        Assert.Equal(TimeSpan.FromSeconds(5), read.Value.BatchTimeout);

        var joined = ClusterPrestart.Read(["analyze", "--cluster=redis:r:6379", "--cluster-id:b", "in"]);
        Assert.NotNull(joined);
        Assert.Equal(ClusteringKind.Redis, joined.Value.Connection.Kind);
        Assert.Equal("r:6379", joined.Value.Connection.ConnectionString);
        Assert.Equal("b", joined.Value.Connection.ClusterId);
        Assert.Equal(TimeSpan.FromSeconds(60), joined.Value.BatchTimeout);
    }

    [Theory]
    [InlineData("analyze", "in")]
    [InlineData("silo", "--cluster", "127.0.0.1:7001")]
    [InlineData("analyze", "in", "--cluster", "127.0.0.1:7001", "--help")]
    [InlineData("analyze", "@args.rsp", "--cluster", "127.0.0.1:7001")]
    [InlineData("analyze", "in", "--cluster", "not an endpoint")]
    [InlineData("analyze", "in", "--cluster", "127.0.0.1:7001", "--batch-timeout", "0")]
    [InlineData("analyze", "in", "--", "--cluster", "127.0.0.1:7001")]
    [InlineData("analyze", "in", "--cluster")]
    public void No_connection_is_started_unless_the_command_line_clearly_asks_for_one(params string[] args) =>
        Assert.Null(ClusterPrestart.Read(args));

    [Fact]
    public async Task The_early_connection_is_taken_only_for_the_same_cluster_and_batch_timeout_and_only_once()
    {
        int port = ExternalProcess.FreePort();
        var prestart = ClusterPrestart.Start(["analyze", "in", "--cluster", $"127.0.0.1:{port}", "--cluster-id", "a"], TextWriter.Null, CancellationToken.None, TimeSpan.FromSeconds(30));
        Assert.NotNull(prestart);
        await using (prestart)
        {
            var same = ClusterConnection.Parse($"127.0.0.1:{port}", "a");
            Assert.Null(prestart.TakeAsync(ClusterConnection.Parse($"127.0.0.1:{port}", "b"), new ClusterBatchOptions()));
            Assert.Null(prestart.TakeAsync(same, new ClusterBatchOptions { BatchTimeout = TimeSpan.FromSeconds(5) }));
            Assert.NotNull(prestart.TakeAsync(same, new ClusterBatchOptions()));
            Assert.Null(prestart.TakeAsync(same, new ClusterBatchOptions()));
        }
    }

    [Fact]
    public async Task An_early_connection_nobody_takes_is_cancelled_at_once_when_the_command_ends()
    {
        // Nothing listens there: the client would retry for the whole connect timeout.
        int port = ExternalProcess.FreePort();
        var prestart = ClusterPrestart.Start(["analyze", "in", "--cluster", $"127.0.0.1:{port}"], TextWriter.Null, CancellationToken.None, TimeSpan.FromMinutes(5));
        Assert.NotNull(prestart);
        await Task.Delay(500);

        var watch = Stopwatch.StartNew();
        await prestart.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(prestart.Session.IsCompleted);
        Assert.True(prestart.Session.IsCanceled || prestart.Session.IsFaulted);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"closing took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_usage_error_with_an_unreachable_cluster_exits_2_without_waiting_for_the_connection()
    {
        int port = ExternalProcess.FreePort();
        var watch = Stopwatch.StartNew();

        // The command line is wrong (found by the parser, after the connection started), and nothing listens there.
        string[] args = ["analyze", RepoPaths.Corpus, "--cluster", $"127.0.0.1:{port}", "--batch-size", "0", "--no-progress"];
        Assert.NotNull(ClusterPrestart.Read(args));

        var result = await CliRunner.RunAsync(args).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--batch-size must be at least 1", result.Error, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(25), $"the command took {watch.Elapsed}: it waited for the connection (30 s)");
    }

    [Fact]
    public async Task The_early_connection_to_an_unreachable_Redis_server_ends_the_command_with_exit_3()
    {
        int port = ExternalProcess.FreePort();
        string[] args = ["analyze", RepoPaths.Corpus, "--cluster", $"redis:127.0.0.1:{port}", "--no-progress"];
        Assert.NotNull(ClusterPrestart.Read(args));

        var result = await CliRunner.RunAsync(args).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"cannot reach the cluster (the membership table in Redis at 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
