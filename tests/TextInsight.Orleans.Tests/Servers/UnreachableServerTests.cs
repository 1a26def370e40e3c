using TextInsight.Tests.Support;

namespace TextInsight.Orleans.Tests.Servers;

/// <summary>A membership server that does not answer: the coordinator and the silo give up with exit 3 and say where they looked.</summary>
public sealed class UnreachableServerTests
{
    [Fact]
    public async Task Analyze_gives_up_with_exit_3_naming_the_Redis_server_it_cannot_reach()
    {
        int port = ExternalProcess.FreePort();

        var result = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--cluster", $"redis:127.0.0.1:{port}", "--no-progress");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"cannot reach the cluster (the membership table in Redis at 127.0.0.1:{port} (cluster id textinsight))", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Analyze_gives_up_with_exit_3_naming_the_PostgreSQL_server_it_cannot_reach_and_not_its_password()
    {
        int port = ExternalProcess.FreePort();

        var result = await CliRunner.RunAsync("analyze", RepoPaths.Corpus, "--cluster", $"postgres:Host=127.0.0.1;Port={port};Username=u;Password=s3cret;Database=orleans", "--no-progress");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"cannot reach the cluster (the membership table in PostgreSQL at 127.0.0.1:{port}, database orleans", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_silo_whose_PostgreSQL_cannot_be_reached_exits_3_before_joining()
    {
        int port = ExternalProcess.FreePort();

        var result = await CliRunner.RunAsync("silo", "--clustering", "postgres", "--connection", $"Host=127.0.0.1;Port={port};Username=u;Timeout=5", "--port", ExternalProcess.FreePort().ToString(), "--gateway-port", ExternalProcess.FreePort().ToString());

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cannot prepare the membership tables in PostgreSQL: NpgsqlException: Failed to connect to 127.0.0.1:" + port, result.Error, StringComparison.Ordinal);
    }
}
