using System.Net;
using System.Net.Sockets;
using TextInsight.Cli.Commands;

namespace TextInsight.Orleans.Tests;

public sealed class ClusterConnectTests
{
    [Fact]
    public async Task A_cluster_with_no_gateway_listening_gives_a_timeout_naming_the_gateway_instead_of_waiting_for_ever()
    {
        int port = FreePort();
        var connection = ClusterConnection.Parse($"127.0.0.1:{port}");

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            ClusterSession.ConnectAsync(connection, new ClusterBatchOptions(), TextWriter.Null, CancellationToken.None, TimeSpan.FromSeconds(3))
                .WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.Contains("within 3 s", error.Message, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
